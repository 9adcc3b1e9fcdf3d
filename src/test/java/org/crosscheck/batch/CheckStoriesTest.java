package org.crosscheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --stories}: real story folders in a temporary root, checked through the command line. */
class CheckStoriesTest {

    private static final Path RULES = Path.of("rules").toAbsolutePath();
    private static final Path DEVSET = Path.of("../shared/devset");
    private static final Path FIXTURES = Path.of("fixtures").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run crosscheck(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static Run stories(Path root, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--stories", root.toString(), "-o", out.toString(), "--rules", RULES.toString()));
        args.addAll(List.of(more));
        return crosscheck(args.toArray(String[]::new));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Every file below {@code dir}, relative name to content. */
    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            lines.add(JSON.readTree(l));
        }
        return lines;
    }

    private List<Path> devStories(int n) throws IOException {
        assumeTrue(Files.isDirectory(DEVSET), "dev set not found beside the repo (../shared/devset)");
        try (Stream<Path> s = Files.list(DEVSET)) {
            return s.filter(Files::isDirectory).sorted().limit(n).toList();
        }
    }

    @Test
    void eachGoodStoryGetsTheReportItWouldGetAloneAndTheSummaryListsThemInOrder() throws IOException {
        Path root = tmp.resolve("root");
        List<Path> dev = devStories(3);
        for (Path story : dev) {
            copyTree(story, root.resolve("desk").resolve(story.getFileName().toString()));
        }
        copyTree(FIXTURES.resolve("quake-coverage"), root.resolve("quake-coverage"));
        Path out = tmp.resolve("out");

        Run run = stories(root, out, "--format", "json", "--summary", "jsonl,json,csv,html", "--jobs", "2");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> names = new ArrayList<>();
        dev.forEach(d -> names.add("desk/" + d.getFileName()));
        names.add("quake-coverage");
        List<JsonNode> summary = jsonLines(out.resolve("summary.jsonl"));
        assertThat(summary).extracting(n -> n.get("story").asText()).containsExactlyElementsOf(names.stream().sorted().toList());
        for (JsonNode entry : summary) {
            String name = entry.get("story").asText();
            Run alone = crosscheck("check", root.resolve(name).toString(), "--format", "json", "--rules", RULES.toString());
            String report = Files.readString(out.resolve(entry.get("report").asText()));
            assertThat(report).as(name).isEqualTo(alone.out());
            assertThat(entry.get("exitCode").asInt()).as(name).isEqualTo(alone.exit());
            assertThat(entry.get("findings").asInt()).isEqualTo(JSON.readTree(report).get("findings").size());
            assertThat(entry.get("articles").asInt()).isEqualTo(JSON.readTree(report).get("articles").size());
        }
        JsonNode doc = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(doc.get("totals").get("stories").asInt()).isEqualTo(4);
        assertThat(doc.get("totals").get("exitCode").asInt()).isEqualTo(1);
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(csv.get(0)).startsWith("story,status,exit_code,articles,");
        assertThat(csv).hasSize(5);
        String index = Files.readString(out.resolve("index.html"));
        for (JsonNode entry : summary) {
            assertThat(index).contains("<a href=\"./" + entry.get("report").asText() + "\">" + entry.get("story").asText() + "</a>");
        }
        assertThat(run.out()).contains("4 stories").contains("could not be checked");
    }

    @Test
    void anEmptyStoryIsReportedForItselfAndTheOthersStillRun() throws IOException {
        Path root = tmp.resolve("root");
        copyTree(FIXTURES.resolve("match-report"), root.resolve("match-report"));
        Files.createDirectories(root.resolve("empty-files"));
        Files.writeString(root.resolve("empty-files/a.txt"), "");
        Files.createDirectories(root.resolve("empty-manifest"));
        Files.writeString(root.resolve("empty-manifest/manifest.json"), "{\"articles\": []}");
        Files.createDirectories(root.resolve("no-files-at-all"));
        Path out = tmp.resolve("out");

        Run run = stories(root, out, "--format", "html");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).containsPattern("ERROR +empty-files +empty-files: no readable articles .*a\\.txt: empty, skipped")
                .containsPattern("ERROR +empty-manifest +empty-manifest: no readable articles")
                .doesNotContain("no-files-at-all");
        assertThat(out.resolve("stories/match-report.html")).exists();
        assertThat(out.resolve("stories/empty-files.html")).doesNotExist();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<tr class=\"error\"><td>empty-files</td>").contains("match-report</a>");
    }

    @Test
    void aBrokenManifestFailsOnlyItsStoryAndTheExitCodeFollowsTheWorstStory() throws IOException {
        Path root = tmp.resolve("root");
        copyTree(FIXTURES.resolve("trade-talks-kl"), root.resolve("b-good"));
        copyTree(FIXTURES.resolve("trade-talks-kl"), root.resolve("a-broken"));
        Files.writeString(root.resolve("a-broken/manifest.json"), "{\"articles\": [ {\"file\": \"x.txt\",, } ]}");
        Path out = tmp.resolve("out");
        // a report left from an earlier run must not pass for this run's
        Files.createDirectories(out.resolve("stories"));
        Files.writeString(out.resolve("stories/a-broken.json"), "{}");

        Run run = stories(root, out, "--format", "json", "--jobs", "1");

        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> summary = storiesOf(out.resolve("summary.json"));
        assertThat(summary).hasSize(2);
        JsonNode broken = summary.get(0);
        assertThat(broken.get("story").asText()).isEqualTo("a-broken");
        assertThat(broken.get("status").asText()).isEqualTo("error");
        assertThat(broken.get("exitCode").asInt()).isEqualTo(2);
        assertThat(broken.get("error").asText()).startsWith("a-broken/manifest.json: not valid JSON at line 1");
        assertThat(summary.get(1).get("status").asText()).isEqualTo("findings");
        assertThat(summary.get(1).get("findings").asInt()).isPositive();
        assertThat(out.resolve("stories/b-good.json")).exists();
        assertThat(out.resolve("stories/a-broken.json")).doesNotExist();

        // without the broken story the worst is a story with findings: 1; with --fail-on never: 0
        Files.writeString(root.resolve("a-broken/manifest.json"), Files.readString(root.resolve("b-good/manifest.json")));
        assertThat(stories(root, out, "--format", "json").exit()).isEqualTo(1);
        assertThat(stories(root, out, "--format", "json", "--fail-on", "never").exit()).isEqualTo(0);
    }

    /** The stories array of summary.json. */
    static List<JsonNode> storiesOf(Path summaryJson) throws IOException {
        List<JsonNode> stories = new ArrayList<>();
        JSON.readTree(summaryJson.toFile()).get("stories").forEach(stories::add);
        return stories;
    }

    @Test
    void aStoryOfTwoThousandArticlesIsCheckedBesideSmallOnes() throws IOException {
        Path root = tmp.resolve("root");
        Path big = root.resolve("big");
        Files.createDirectories(big);
        List<Map<String, Object>> manifest = new ArrayList<>();
        int n = 0;
        for (CorpusGenerator.Story s : new CorpusGenerator(7).stories(2000)) {
            for (CorpusGenerator.Article a : s.articles()) {
                if (n == 2000) {
                    break;
                }
                String file = String.format("%04d-%s", n++, a.file());
                Files.writeString(big.resolve(file), a.text());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file);
                m.put("source", a.source());
                m.put("published", a.published().toString());
                manifest.add(m);
            }
        }
        JSON.writeValue(big.resolve("manifest.json").toFile(), Map.of("articles", manifest));
        copyTree(FIXTURES.resolve("flood-coverage"), root.resolve("flood-coverage"));
        Path out = tmp.resolve("out");

        Run run = stories(root, out, "--format", "csv");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary).hasSize(3);
        assertThat(summary.get(1)).startsWith("big,findings,1,2000,");
        assertThat(summary.get(2)).startsWith("flood-coverage,findings,1,3,");
        // every story's findings rows in one spreadsheet, the story first
        List<String> merged = Files.readAllLines(out.resolve("findings.csv"));
        assertThat(merged.get(0)).startsWith("story,finding,rule,severity,");
        assertThat(merged).anyMatch(l -> l.startsWith("big,F1,")).anyMatch(l -> l.startsWith("flood-coverage,F1,"));
        assertThat(run.err()).contains("checked 2 stories (2003 articles)");
    }

    @Test
    void theOutputIsByteIdenticalWhateverTheOrderTheFoldersAreCreatedListedOrFinishedIn() throws IOException {
        List<Path> dev = devStories(4);
        List<String> fixtures = List.of("trade-talks-kl", "quake-coverage", "match-report", "flood-coverage");
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        for (int i = 0; i < dev.size(); i++) {
            copyTree(dev.get(i), first.resolve("dev/" + dev.get(i).getFileName()));
        }
        for (int i = dev.size() - 1; i >= 0; i--) {
            copyTree(dev.get(i), second.resolve("dev/" + dev.get(i).getFileName()));
        }
        for (String f : fixtures) {
            copyTree(FIXTURES.resolve(f), first.resolve(f));
        }
        for (int i = fixtures.size() - 1; i >= 0; i--) {
            copyTree(FIXTURES.resolve(fixtures.get(i)), second.resolve(fixtures.get(i)));
        }
        // a broken story too: its message must not depend on where the root is
        Files.createDirectories(first.resolve("broken"));
        Files.writeString(first.resolve("broken/manifest.json"), "[");
        copyTree(first.resolve("broken"), second.resolve("broken"));

        // listing order differs between the two roots, finishing order between the job counts
        record Variant(Path root, String format, int jobs) {}
        Map<String, Map<String, String>> expected = new TreeMap<>();
        Map<String, String> expectedOut = new TreeMap<>();
        int run = 0;
        for (Variant v : List.of(new Variant(first, "json", 1), new Variant(second, "json", 2), new Variant(second, "json", 5),
                new Variant(second, "html", 1), new Variant(first, "html", 3))) {
            Path out = tmp.resolve("out-" + run++);
            Run r = stories(v.root(), out, "--format", v.format(), "--summary", "jsonl,json,csv,html", "--jobs", String.valueOf(v.jobs()));
            assertThat(r.exit()).isEqualTo(2);
            Map<String, String> files = files(out);
            String stdout = r.out().replace(out.toString(), "OUT");
            expected.putIfAbsent(v.format(), files);
            expectedOut.putIfAbsent(v.format(), stdout);
            assertThat(files).as(v.toString()).isEqualTo(expected.get(v.format()));
            assertThat(stdout).as(v.toString()).isEqualTo(expectedOut.get(v.format()));
        }
        // 8 good stories' reports and the 4 summaries; the broken story has no report
        assertThat(expected.get("json").keySet()).hasSize(8 + 4).contains("summary.jsonl", "summary.json", "summary.csv", "index.html");
    }

    @Test
    void usageMistakesAreOneLineErrors() throws IOException {
        Path root = tmp.resolve("root");
        copyTree(FIXTURES.resolve("match-report"), root.resolve("match-report"));
        Run noOutput = crosscheck("check", "--stories", root.toString());
        assertThat(noOutput.exit()).isEqualTo(2);
        assertThat(noOutput.err()).startsWith("crosscheck: --stories needs --output DIR");
        Run withInputs = crosscheck("check", "--stories", root.toString(), "-o", tmp.resolve("o").toString(), root.toString());
        assertThat(withInputs.err()).startsWith("crosscheck: --stories ROOT checks the story folders below ROOT");
        Files.createDirectories(tmp.resolve("nothing"));
        Run none = stories(tmp.resolve("nothing"), tmp.resolve("o3"));
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no story folders below it");
        Files.writeString(tmp.resolve("file"), "x");
        Run outIsFile = stories(root, tmp.resolve("file"));
        assertThat(outIsFile.err()).contains("is a file; with --stories, --output names a folder");
        Run neither = crosscheck("check");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).startsWith("crosscheck: name the INPUT folders or files to check");
    }

    @Test
    void theOutputFolderInsideTheRootIsNeverReadAsAStory() throws IOException {
        Path root = tmp.resolve("root");
        copyTree(FIXTURES.resolve("match-report"), root.resolve("match-report"));
        Path out = root.resolve("reports");
        assertThat(stories(root, out, "--format", "json").exit()).isEqualTo(1);
        Run again = stories(root, out, "--format", "json");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(storiesOf(out.resolve("summary.json"))).extracting(n -> n.get("story").asText()).containsExactly("match-report");
    }
}
