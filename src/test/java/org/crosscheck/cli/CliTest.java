package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {


    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void findingsAtTheDefaultThresholdExitOne() {
        CommandRun r = run("check", "fixtures/trade-talks-kl");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("crosscheck: 5 articles from 5 sources").contains("ERROR F1");
    }

    @Test
    void failOnNeverExitsZero() {
        assertThat(run("check", "fixtures/trade-talks-kl", "--fail-on", "never").code()).isZero();
    }

    @Test
    void agreeingCoverageExitsZero(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\npublished: 2025-03-04\n---\nThe quake measured magnitude 6.4, officials said.\n");
        Files.writeString(dir.resolve("b.md"), "---\npublished: 2025-03-04\n---\nA magnitude 6.4 quake shook the coast, officials said.\n");
        CommandRun r = run("check", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No contradictions found.");
    }

    @Test
    void missingInputIsAUsageErrorOnOneLine() {
        CommandRun r = run("check", "no/such/folder");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("crosscheck: no/such/folder: no such file or folder");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandRun r = run("check", "fixtures/trade-talks-kl", "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").doesNotContain("Exception");
    }

    @Test
    void brokenRuleFileIsReportedWithFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("bad.drl"), "package rules.bad;\nrule \"Broken\"\nwhen\n  $a : Claim(\nthen\nend\n");
        CommandRun r = run("check", "fixtures/trade-talks-kl", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("crosscheck: " + rules.resolve("bad.drl") + ":").doesNotContain("\tat ");
    }

    @Test
    void outputIsWrittenWholeAndCsvNeutralizesFormulas(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(run("check", "fixtures/trade-talks-kl", "--format", "csv", "--output", csv.toString()).code()).isEqualTo(1);
        String content = Files.readString(csv);
        assertThat(content).startsWith("finding,rule,severity,event,attribute,source,published,value,quote");
        assertThat(content.lines().skip(1)).allMatch(l -> l.startsWith("F"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void outputInAMissingFolderIsAClearError(@TempDir Path dir) {
        CommandRun r = run("check", "fixtures/trade-talks-kl", "--output", dir.resolve("nope/out.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("crosscheck: cannot write").contains("does not exist");
    }

    @Test
    void evalPrintsRecallAndFalsePositives() {
        CommandRun r = run("eval", "fixtures/flood-coverage");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("recall 1.00 (4 of 4 discrepancies)").contains("false positives 0");
    }

    @Test
    void evalOverSeveralStoriesPrintsOneLinePerStoryAndTheTotals() {
        CommandRun r = run("eval", "fixtures/quake-coverage", "fixtures/flood-coverage");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^quake-coverage +1/1 1\\.00 +1/1 1\\.00")
                .containsPattern("(?m)^flood-coverage ")
                .contains("all stories: recall 5/5 = 1.00, precision 5/5 = 1.00")
                .contains("alignment: link recall").contains("extraction: ");
    }

    @Test
    void evalJsonGivesPerStoryAndTotalFigures() throws Exception {
        CommandRun r = run("eval", "--format", "json", "fixtures/trade-talks-kl");
        assertThat(r.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("stories")).hasSize(1);
        assertThat(json.at("/total/discrepancies").asInt()).isEqualTo(3);
        assertThat(json.at("/total/found")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .contains("trade-talks-kl/D1", "trade-talks-kl/D2");
        assertThat(json.at("/total/extraction/goldQuotes").asInt()).isGreaterThan(30);
        assertThat(json.at("/stories/0/alignment/linkPrecision").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void evalWithoutGoldIsAnInputError() {
        CommandRun r = run("eval", "src");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no gold file");
    }

    @Test
    void rulesCommandRunsEveryExample() {
        CommandRun r = run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(" 0 failing examples");
    }
}
