package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crosscheck.Pipeline;
import org.crosscheck.check.Finding;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;

/** Properties over generated inputs: order and names of files never matter; the extractor survives any text. */
class PropertiesTest {

    private static Pipeline pipeline;
    private static Set<String> baseline;
    private static final MentionExtractor EXTRACTOR = new MentionExtractor();
    private static final List<Path> FIXTURE_FILES = fixtureFiles();

    @BeforeContainer
    static void compileRulesOnce() throws Exception {
        pipeline = Pipeline.withRules(Cli.RULES);
        baseline = findings(pipeline.run(List.of(Cli.FIXTURE)));
    }

    @AfterContainer
    static void release() {
        pipeline = null;
    }

    /** What a finding is, independent of article and claim ids (which follow file names by design). */
    private static Set<String> findings(Report r) {
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            out.add(f.fingerprint() + " " + f.rule() + " " + f.severity() + " " + f.attribute());
        }
        return out;
    }

    private static List<Path> fixtureFiles() {
        try (Stream<Path> s = Files.list(Cli.FIXTURE)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.shuffle(List.of(0, 1, 2, 3, 4));
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '0', '9').ofMinLength(1).ofMaxLength(12)
                .list().ofSize(5).uniqueElements();
    }

    @Property(tries = 12)
    void shufflingAndRenamingFilesNeverChangesTheFindings(@ForAll("orders") List<Integer> order, @ForAll("names") List<String> names)
            throws Exception {
        Path dir = Files.createTempDirectory("crosscheck-prop");
        try {
            // The manifest keeps each article's source and date; only file names and listing order change.
            com.fasterxml.jackson.databind.JsonNode original = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Cli.FIXTURE.resolve("manifest.json").toFile()).get("articles");
            StringBuilder manifest = new StringBuilder("{\"articles\": [");
            for (int i = 0; i < 5; i++) {
                int k = order.get(i);
                com.fasterxml.jackson.databind.JsonNode entry = original.get(k);
                String name = names.get(i) + ".txt";
                Files.copy(Cli.FIXTURE.resolve(entry.get("file").asText()), dir.resolve(name));
                manifest.append(i == 0 ? "" : ",").append(String.format("{\"file\": \"%s\", \"source\": %s, \"published\": \"%s\"}",
                        name, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(entry.get("source").asText()),
                        entry.get("published").asText()));
            }
            Files.writeString(dir.resolve("manifest.json"), manifest.append("]}").toString());

            assertThat(findings(pipeline.run(List.of(dir)))).isEqualTo(baseline).isNotEmpty();
        } finally {
            delete(dir);
        }
    }

    /** Text mixing news words, numbers, punctuation and arbitrary Unicode, so that extraction paths are reached. */
    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> words = Arbitraries.of("Friday", "October", "24", "2025", "Oct.", "3", "p.m.", "GMT", "last", "week",
                "three", "days", "between", "and", "from", "to", "at least", "about", "%", "per cent", "$", "1.5", "billion", "-", "\u2013",
                "\u2014", "(", ")", "\"", "\u201c", "\u201d", ",", ".", "\n", "\r\n", "\u00a0", "\u2009", "talks", "said", "on", "the",
                "12,000", "1st", "second", "noon", "midnight", "2025-10-24", "10/24", "ago", "next", "until", "'", "\u2019");
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(6);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, words), net.jqwik.api.Tuple.of(1, anyUnicode), net.jqwik.api.Tuple.of(3, Arbitraries.just(" ")));
        return token.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void extractorNeverThrowsOnNewsLikeText(@ForAll("newsLikeText") String text, @ForAll boolean dated) {
        checkExtractor(text, dated ? LocalDate.of(2025, 10, 23) : null);
    }

    @Property(tries = 400)
    void extractorNeverThrowsOnArbitraryUnicode(@ForAll String text, @ForAll boolean dated) {
        checkExtractor(text, dated ? LocalDate.of(2025, 10, 23) : null);
    }

    private static void checkExtractor(String text, LocalDate published) {
        List<Mention> mentions = EXTRACTOR.extract("a1", text, published);
        for (Mention m : mentions) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(m.quote()).isEqualTo(text.substring(m.start(), m.end()));
        }
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    @Property(tries = 200)
    void readerEitherReadsOrFailsWithOneLine(@ForAll("anyBytes") byte[] bytes, @ForAll("extensions") String extension) throws IOException {
        Path dir = Files.createTempDirectory("crosscheck-prop");
        try {
            Files.write(dir.resolve("a." + extension), bytes);
            try {
                new CorpusReader().read(List.of(dir.resolve("a." + extension)));
            } catch (InputException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "md", "html", "json");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
