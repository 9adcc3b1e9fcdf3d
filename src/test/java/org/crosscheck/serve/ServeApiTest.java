package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint through a real HTTP client, compared with what the command line prints for the same files. */
class ServeApiTest {

    @TempDir
    static Path temp;
    static Pipeline pipeline;
    static RunningServer running;
    static Client client;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.withRules(Path.of("rules"));
        running = RunningServer.embedded(pipeline, temp.resolve("data"), null);
        client = running.client;
        for (String story : new String[] {"trade-talks-kl", "quake-coverage", "match-report", "flood-coverage"}) {
            assertThat(client.putStory(story, StoryFiles.of(Path.of("fixtures", story)))).containsOnly(201);
        }
        assertThat(client.putStory("draft-talks", StoryFiles.of(Path.of("fixtures", "draft-talks", "coverage")))).containsOnly(201);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void healthSaysOkWithTheVersionAndHowManyStories() throws Exception {
        HttpResponse<String> r = client.get("/health");
        JsonNode n = Client.json(r);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(n.get("status").asText()).isEqualTo("ok");
        assertThat(n.get("version").asText()).isEqualTo("test");
        assertThat(n.get("stories").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(n.get("extractionVersion").asText()).isEqualTo(Pipeline.EXTRACTION_VERSION);
    }

    @ParameterizedTest
    @CsvSource({"trade-talks-kl,json", "trade-talks-kl,html", "trade-talks-kl,csv", "trade-talks-kl,markdown", "trade-talks-kl,sarif",
            "trade-talks-kl,text", "quake-coverage,json", "quake-coverage,text", "match-report,json", "flood-coverage,json",
            "flood-coverage,markdown"})
    void theStoredStorysReportIsByteForByteWhatCheckPrintsForTheSameFiles(String story, String format) throws Exception {
        HttpResponse<String> r = client.get("/api/stories/" + story + "/report?format=" + format);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(CliOutput.of("check", "fixtures/" + story, "--format", format));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
    }

    @Test
    void theReportIsJsonWhenNoFormatIsAsked() throws Exception {
        HttpResponse<String> r = client.get("/api/stories/match-report/report");

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo(CliOutput.of("check", "fixtures/match-report", "--format", "json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "markdown", "sarif"})
    void aDraftCheckReturnsWhatCheckDraftPrints(String format) throws Exception {
        String draft = Files.readString(Path.of("fixtures/draft-talks/draft-wrong.md"));

        HttpResponse<String> r = client.post("/api/stories/draft-talks/check", Client.draftBody(draft, "draft-wrong.md", format));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(CliOutput.of("check", "--draft", "fixtures/draft-talks/draft-wrong.md",
                "fixtures/draft-talks/coverage", "--format", format));
    }

    @Test
    void aWrongDraftGetsItsConflictAndAnAgreeingOneNone() throws Exception {
        JsonNode wrong = Client.json(client.post("/api/stories/draft-talks/check",
                Client.draftBody(Files.readString(Path.of("fixtures/draft-talks/draft-wrong.md")), null, null)));
        JsonNode agrees = Client.json(client.post("/api/stories/draft-talks/check",
                Client.draftBody(Files.readString(Path.of("fixtures/draft-talks/draft-agrees.md")), null, null)));

        assertThat(wrong.get("findings")).hasSize(1);
        assertThat(wrong.at("/articles/2/file").asText()).isEqualTo(CheckService.DRAFT_FILE);
        assertThat(wrong.at("/articles/2/source").asText()).isEqualTo("draft");
        assertThat(agrees.get("findings")).isEmpty();
    }

    @Test
    void aDraftIsCheckedButNeverStored() throws Exception {
        String before = client.get("/api/stories/draft-talks/articles").body();

        client.post("/api/stories/draft-talks/check", Client.draftBody("The talks start on Friday 24 October.", null, null));

        assertThat(client.get("/api/stories/draft-talks/articles").body()).isEqualTo(before);
    }

    @Test
    void aDraftWithoutADateIsReadFromTodayAndTheReportSaysSo() throws Exception {
        JsonNode r = Client.json(client.post("/api/stories/draft-talks/check", Client.draftBody("The talks start on Friday.", null, "json")));

        assertThat(r.get("warnings").toString()).contains("draft.md: no publication date").contains(java.time.LocalDate.now().toString());
    }

    @Test
    void aDraftsPublishedFieldDatesItLikeFrontMatter() throws Exception {
        String body = "{\"text\": \"The talks, due to start on Friday in the capital, will be led by the ministers.\", \"published\": \"2025-10-23\"}";

        JsonNode r = Client.json(client.post("/api/stories/draft-talks/check", body));

        assertThat(r.at("/articles/2/published").asText()).isEqualTo("2025-10-23");
        assertThat(r.get("findings")).hasSize(1);
    }

    @Test
    void storingANewArticleIs201ReplacingIt200AndDeletingIt204() throws Exception {
        String path = "/api/stories/lifecycle/articles/wire.txt";
        String first = "{\"source\": \"Wire\", \"published\": \"2025-03-04\", \"text\": \"At least 12 people were killed on Monday.\"}";
        String second = "{\"source\": \"Wire\", \"published\": \"2025-03-04\", \"text\": \"At least 14 people were killed on Monday.\"}";

        HttpResponse<String> created = client.put(path, first);
        HttpResponse<String> replaced = client.put(path, second);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(path);
        assertThat(Client.json(created).get("claims").asInt()).isPositive();
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(Client.json(replaced).get("created").asBoolean()).isFalse();
        assertThat(Client.json(client.get(path)).get("text").asText()).isEqualTo("At least 14 people were killed on Monday.");
        assertThat(client.delete(path).statusCode()).isEqualTo(204);
        assertThat(client.get(path).statusCode()).isEqualTo(404);
        assertThat(client.delete(path).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/stories/lifecycle/report").statusCode()).isEqualTo(404);
    }

    @Test
    void theStoryListGivesArticleCountsAndTheLastChange() throws Exception {
        JsonNode stories = Client.json(client.get("/api/stories")).get("stories");

        JsonNode trade = null;
        for (JsonNode s : stories) {
            if (s.get("story").asText().equals("trade-talks-kl")) {
                trade = s;
            }
        }
        assertThat(trade).isNotNull();
        assertThat(trade.get("articles").asInt()).isEqualTo(5);
        assertThat(trade.get("claims").asInt()).isPositive();
        assertThat(trade.get("changed").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void anArticleIsReadAsCheckReadsItsFileAndListedWithItsClaims() throws Exception {
        JsonNode regional = Client.json(client.get("/api/stories/quake-coverage/articles/regional.md"));
        JsonNode html = Client.json(client.get("/api/stories/quake-coverage/articles/broadcaster.html"));
        JsonNode list = Client.json(client.get("/api/stories/quake-coverage/articles"));

        assertThat(Files.readString(Path.of("fixtures/quake-coverage/regional.md"))).startsWith("---");
        assertThat(regional.get("text").asText()).doesNotStartWith("---");
        assertThat(html.get("format").asText()).isEqualTo("html");
        assertThat(html.get("text").asText()).doesNotContain("<");
        assertThat(list.get("articles")).extracting(a -> a.get("file").asText())
                .containsExactly("broadcaster.html", "regional.md", "wire.txt");
        assertThat(list.get("articles")).allSatisfy(a -> assertThat(a.get("claims").asInt()).isPositive());
    }

    @Test
    void aFileNameWithAFolderIsSentEscapedAndKeptWhole() throws Exception {
        HttpResponse<String> r = client.put("/api/stories/folders/articles/wire%2Fa.txt", "{\"text\": \"Rates rose 5% on Friday.\"}");

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(Client.json(r).get("file").asText()).isEqualTo("wire/a.txt");
        assertThat(Client.json(r).get("source").asText()).as("no source given: the file's name, as check does").isEqualTo("a");
        assertThat(Client.json(client.get("/api/stories/folders/articles")).at("/articles/0/file").asText()).isEqualTo("wire/a.txt");
    }

    @Test
    void thePageIsServedWithAStrictPolicyAndLoadsNothingFromElsewhere() throws Exception {
        HttpResponse<String> r = client.get("/");
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(policy).contains("default-src 'none'").containsPattern("script-src 'sha256-[A-Za-z0-9+/=]+'")
                .contains("connect-src 'self'").doesNotContain("unsafe");
        assertThat(r.body()).doesNotContain("http://", "https://", "src=", "<link");
        assertThat(r.body()).contains("<textarea id=\"draft\"");
    }
}
