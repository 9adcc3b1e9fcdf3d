package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
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
 * Coverage-guided fuzzing of the manifest reader: any bytes as manifest.json (and as the one article beside it)
 * either read or fail with a one-line {@link InputException}; nothing else may escape.
 */
@Tag("fuzz")
class ManifestFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void manifestEitherReadsOrFailsWithOneLine(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("crosscheck-fuzz");
        try {
            Files.writeString(dir.resolve("a.txt"), "Talks open on Friday, October 24, 2025, in Kuala Lumpur.", StandardCharsets.UTF_8);
            Files.write(dir.resolve("b.txt"), data.consumeBytes(200));
            Files.write(dir.resolve("manifest.json"), data.consumeRemainingAsBytes());
            try {
                Corpus corpus = new CorpusReader().read(List.of(dir));
                assertThat(corpus.articles()).isNotEmpty();
                corpus.articles().forEach(a -> assertThat(a.file()).doesNotContain(".."));
            } catch (InputException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
