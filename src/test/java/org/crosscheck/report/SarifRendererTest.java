package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode sarif() throws Exception {
        return JSON.readTree(new SarifRenderer().render(Reports.talks()));
    }

    @Test
    void oneRunWithTheRulesAsTheDriversRules() throws Exception {
        JsonNode root = sarif();

        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode rule = root.at("/runs/0/tool/driver/rules/0");
        assertThat(root.at("/runs/0/tool/driver/name").asText()).isEqualTo("crosscheck");
        assertThat(rule.get("id").asText()).isEqualTo("sources-give-different-start-dates-for-the-same-event");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Sources give different start dates for the same event");
        assertThat(rule.at("/fullDescription/text").asText()).isEqualTo("An event starts only once.");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void eachFindingIsAResultLocatedAtEveryClaimByLineAndColumn() throws Exception {
        JsonNode results = sarif().at("/runs/0/results");

        assertThat(results).hasSize(1);
        JsonNode result = results.get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("sources-give-different-start-dates-for-the-same-event");
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).isEqualTo("Sources disagree on the start date of talks");
        assertThat(result.at("/partialFingerprints/crosscheckFingerprint~1v1").asText()).isEqualTo("fp1");
        JsonNode first = result.at("/locations/0/physicalLocation");
        assertThat(first.at("/artifactLocation/uri").asText()).isEqualTo("wire-a.txt");
        assertThat(first.at("/region/startLine").asInt()).isEqualTo(1);
        assertThat(first.at("/region/startColumn").asInt()).isEqualTo(32);
        assertThat(first.at("/region/endColumn").asInt()).isEqualTo(38);
        assertThat(first.at("/region/snippet/text").asText()).isEqualTo("Friday");
        assertThat(result.at("/locations/1/physicalLocation/artifactLocation/uri").asText()).isEqualTo("wire-b.txt");
        assertThat(result.at("/locations/1/message/text").asText()).isEqualTo("Wire B says 2025-10-25");
    }

    @Test
    void severitiesMapToSarifLevels() {
        assertThat(SarifRenderer.level(org.crosscheck.check.Severity.ERROR)).isEqualTo("error");
        assertThat(SarifRenderer.level(org.crosscheck.check.Severity.WARNING)).isEqualTo("warning");
        assertThat(SarifRenderer.level(org.crosscheck.check.Severity.INFO)).isEqualTo("note");
    }

    @Test
    void fileNamesBecomeRelativeUris() {
        assertThat(SarifRenderer.uri("news/a b#1.txt")).isEqualTo("news/a%20b%231.txt");
        assertThat(SarifRenderer.uri("é.txt")).isEqualTo("%C3%A9.txt");
    }

    @Test
    void acceptedFindingsAreResultsSuppressedWithTheBaselineReason() throws Exception {
        Report talks = Reports.talks();
        Report accepted = new org.crosscheck.baseline.Baseline(java.util.List.of(new org.crosscheck.baseline.Baseline.Entry("fp1", "r",
                "e", "a", "m", "Ana", "wire copy error", "2025-11-02"))).apply(talks);

        JsonNode result = JSON.readTree(new SarifRenderer().render(accepted)).at("/runs/0/results/0");

        assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("wire copy error");
        assertThat(result.at("/ruleIndex").asInt()).isZero();
    }
}
