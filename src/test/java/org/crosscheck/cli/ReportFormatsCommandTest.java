package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The html, markdown and sarif formats end to end through the command line, on the bundled fixture. */
class ReportFormatsCommandTest {

    private static final String FIXTURE = "fixtures/trade-talks-kl";

    private static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void htmlReportIsWrittenToTheOutputFileWithACardPerFinding(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");

        int code = run("check", FIXTURE, "--format", "html", "--output", html.toString(), "--fail-on", "never");

        assertThat(code).isZero();
        Document doc = Jsoup.parse(Files.readString(html));
        assertThat(doc.select("article.card")).isNotEmpty();
        assertThat(doc.select(".summary li").first().text()).isEqualTo("5 articles");
    }

    @Test
    void markdownReportHasASectionPerFinding(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("report.md");

        run("check", FIXTURE, "--format", "markdown", "--output", md.toString());

        String text = Files.readString(md);
        assertThat(text).startsWith("# crosscheck report\n").contains("## ERROR F1: ", "| Value | Source | Published | Where | Quote |");
    }

    @Test
    void sarifHasOneResultPerFindingAndEveryRuleIndexPointsAtItsRule(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("report.sarif");
        Path json = dir.resolve("report.json");

        run("check", FIXTURE, "--format", "sarif", "--output", sarif.toString());
        run("check", FIXTURE, "--format", "json", "--output", json.toString());

        ObjectMapper mapper = new ObjectMapper();
        JsonNode run = mapper.readTree(sarif.toFile()).at("/runs/0");
        JsonNode findings = mapper.readTree(json.toFile()).get("findings");
        assertThat(run.get("results")).hasSize(findings.size());
        for (JsonNode result : run.get("results")) {
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("locations")).isNotEmpty();
            for (JsonNode loc : result.get("locations")) {
                assertThat(loc.at("/physicalLocation/region/startLine").asInt()).isPositive();
                assertThat(loc.at("/physicalLocation/region/startColumn").asInt()).isPositive();
            }
        }
    }
}
