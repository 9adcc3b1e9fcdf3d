package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck check --draft}: the editor's pre-publication check against published coverage. */
class DraftCheckCommandTest {

    private static final String COVERAGE = "fixtures/draft-talks/coverage";
    private static final ObjectMapper JSON = new ObjectMapper();


    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void draftRepeatingAWrongDayFailsAndSaysWhatTheSourcesSay() {
        CommandRun r = run("check", "--draft", "fixtures/draft-talks/draft-wrong.md", COVERAGE);

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Your draft says the start date of ", " is 2025-10-24 (line 5, col 28); 2 sources say 2025-10-25: Wire A (2025-10-23)",
                "Wire B (2025-10-24)", "[Saturday]");
    }

    @Test
    void draftThatAgreesWithTheCoveragePasses() {
        CommandRun r = run("check", "--draft", "fixtures/draft-talks/draft-agrees.md", COVERAGE);

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("no contradictions");
    }

    @Test
    void failOnNeverReportsButExitsZero() {
        CommandRun r = run("check", "--fail-on", "never", "--draft", "fixtures/draft-talks/draft-wrong.md", COVERAGE);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Your draft says");
    }

    @Test
    void contradictionsAmongTheSourcesAloneAreNotTheEditorsBusiness() throws Exception {
        CommandRun full = run("check", "--format", "json", "fixtures/trade-talks-kl");
        CommandRun r = run("check", "--format", "json", "--draft", "fixtures/draft-talks/draft-agrees.md", "fixtures/trade-talks-kl");

        JsonNode all = JSON.readTree(full.out());
        JsonNode withDraft = JSON.readTree(r.out());
        assertThat(all.at("/findings")).isNotEmpty();
        String draftId = withDraft.at("/articles/" + (withDraft.at("/articles").size() - 1) + "/id").asText();
        assertThat(withDraft.at("/articles/" + (withDraft.at("/articles").size() - 1) + "/source").asText()).isEqualTo("draft");
        for (JsonNode f : withDraft.at("/findings")) {
            assertThat(f.get("claims")).as(f.get("message").asText()).anyMatch(c -> c.asText().startsWith(draftId + "."));
        }
    }

    @Test
    void undatedDraftIsReadAsOfTodayAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("undated.txt");
        Files.writeString(draft, "The talks, due to start on Saturday in the Malaysian capital, will be led by Scott Bessent.\n");

        CommandRun r = run("check", "--draft", draft.toString(), COVERAGE);

        assertThat(r.out()).contains("note: undated.txt: no publication date", "today, " + java.time.LocalDate.now());
    }

    @Test
    void missingDraftIsAnInputError() {
        CommandRun r = run("check", "--draft", "no-such-draft.md", COVERAGE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("crosscheck: no-such-draft.md").doesNotContain("Exception");
    }

    @Test
    void draftInsideTheCoverageFolderIsNotCheckedAgainstItself(@TempDir Path dir) throws Exception {
        Path coverage = dir.resolve("coverage");
        Files.createDirectories(coverage);
        // No manifest here: source and date come from each file's front matter.
        Files.writeString(coverage.resolve("wire-a.md"), "---\nsource: Wire A\npublished: 2025-10-23\n---\n"
                + Files.readString(Path.of(COVERAGE, "wire-a.txt")));
        Files.writeString(coverage.resolve("wire-b.md"), "---\nsource: Wire B\npublished: 2025-10-24\n---\n"
                + Files.readString(Path.of(COVERAGE, "wire-b.txt")));
        Files.copy(Path.of("fixtures/draft-talks/draft-wrong.md"), coverage.resolve("draft.md"));

        CommandRun r = run("check", "--draft", coverage.resolve("draft.md").toString(), coverage.toString());

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("draft.md: same text as the draft, left out of the coverage", "2 sources say 2025-10-25");
    }
}
