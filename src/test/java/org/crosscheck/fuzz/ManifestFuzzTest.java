package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the manifest reader: any manifest.json (raw bytes, or well-formed JSON with fuzzed
 * names, types and dates, since Jackson itself is not instrumented and raw bytes rarely parse) and any bytes as
 * the article beside it either read or fail with a one-line {@link InputException}; nothing else may escape, and
 * nothing outside the folder is read.
 */
@Tag("fuzz")
class ManifestFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "5m")
    void manifestEitherReadsOrFailsWithOneLine(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("crosscheck-fuzz");
        Path dir = Files.createDirectories(root.resolve("story"));
        try {
            Files.writeString(root.resolve("secret.txt"), "SECRET launch on March 3, 2025.", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("a.txt"), "Talks open on Friday, October 24, 2025, in Kuala Lumpur.", StandardCharsets.UTF_8);
            Files.write(dir.resolve(data.pickValue(List.of("b.txt", "b.html", "b.json", "b.md"))), data.consumeBytes(300));
            byte[] manifest = data.consumeBoolean() ? structured(data) : data.consumeRemainingAsBytes();
            Files.write(dir.resolve("manifest.json"), manifest);
            try {
                Corpus corpus = new CorpusReader().read(List.of(dir));
                assertThat(corpus.articles()).isNotEmpty();
                corpus.articles().forEach(a -> assertThat(a.text()).doesNotContain("SECRET"));
            } catch (InputException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A manifest with 1-4 entries whose fields are fuzzed strings, numbers, nulls or nested values. */
    private static byte[] structured(FuzzedDataProvider data) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("articles");
        int n = data.consumeInt(1, 4);
        for (int i = 0; i < n; i++) {
            ObjectNode e = list.addObject();
            for (String field : new String[] {"file", "source", "published"}) {
                switch (data.consumeInt(0, 5)) {
                    case 0 -> { }
                    case 1 -> e.putNull(field);
                    case 2 -> e.put(field, data.consumeInt());
                    case 3 -> e.putArray(field).add(data.consumeString(20));
                    case 4 -> e.put(field, data.pickValue(List.of("a.txt", "b.txt", "b.html", "b.json", "b.md", "../secret.txt",
                            "./a.txt", "2025-10-23", "October 23, 2025", "Thu, 23 Oct 2025 10:00:00 GMT", "2025/10/23")));
                    default -> e.put(field, data.consumeString(40));
                }
            }
        }
        return JSON.writeValueAsBytes(root);
    }
}
