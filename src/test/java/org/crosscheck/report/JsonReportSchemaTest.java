package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published schema and the JSON renderer must not drift apart: real output is validated against it. */
class JsonReportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/schema", "crosscheck-report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void fixtureReportMatchesTheSchema() throws Exception {
        Report report = Pipeline.withRules(Path.of("rules")).run(List.of(Path.of("fixtures", "trade-talks-kl")));
        JsonNode json = JSON.readTree(new JsonRenderer().render(report));

        assertThat(report.findings()).isNotEmpty();
        assertThat(schema.validate(json)).isEmpty();
    }

    @Test
    void handBuiltAndHostileReportsMatchTheSchema() throws Exception {
        assertThat(schema.validate(JSON.readTree(new JsonRenderer().render(Reports.talks())))).isEmpty();
        assertThat(schema.validate(JSON.readTree(new JsonRenderer().render(ReportEscapingTest.hostile())))).isEmpty();
        Report withAccepted = new org.crosscheck.baseline.Baseline(List.of(new org.crosscheck.baseline.Baseline.Entry("fp1", "r", "e",
                "a", "m", "Ana", "why", "2025-11-02"))).apply(Reports.talks());
        assertThat(schema.validate(JSON.readTree(new JsonRenderer().render(withAccepted)))).isEmpty();
    }

    @Test
    void schemaRejectsAReportWithARenamedOrMistypedField() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(new JsonRenderer().render(Reports.talks()));
        ((ObjectNode) json.get("findings").get(0)).put("severity", "fatal");
        ((ObjectNode) json.get("summary")).remove("error");
        json.put("schemaVersion", "2.0");

        Set<ValidationMessage> errors = schema.validate(json);

        assertThat(errors).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .containsExactlyInAnyOrder("/findings/0/severity", "/summary", "/schemaVersion");
    }
}
