package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.Pipeline;
import org.crosscheck.store.StoreLocation;
import org.crosscheck.store.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on a shared PostgreSQL store, started by the test (skipped, saying why, when none can be). */
class ServeOnPostgresTest {

    private static ThrowawayPostgres postgres;
    private static String unavailable;
    private static Pipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.withRules(Path.of("rules"));
        try {
            postgres = ThrowawayPostgres.start();
        } catch (ThrowawayPostgres.Unavailable e) {
            unavailable = e.getMessage();
        }
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void needsPostgres() {
        assumeTrue(postgres != null, () -> "skipped: no PostgreSQL server could be started: " + unavailable);
    }

    @Test
    void storiesStoredInPostgresGiveWhatCheckPrintsAndSurviveARestart() throws Exception {
        StoreLocation db = StoreLocation.of(postgres.createDatabase("serve_report"), null, null);
        try (RunningServer first = new RunningServer(pipeline, db, null)) {
            assertThat(first.client.putStory("quake", StoryFiles.of(Path.of("fixtures", "quake-coverage")))).containsOnly(201);
            assertThat(first.client.putStory("talks", StoryFiles.of(Path.of("fixtures", "draft-talks", "coverage")))).containsOnly(201);
            assertThat(Client.json(first.client.get("/health")).get("store").asText()).isEqualTo("postgresql");
        }

        try (RunningServer second = new RunningServer(pipeline, db, null)) {
            assertThat(second.client.get("/api/stories/quake/report?format=text").body())
                    .isEqualTo(CliOutput.of("check", "fixtures/quake-coverage"));
            String draft = Files.readString(Path.of("fixtures/draft-talks/draft-wrong.md"));
            assertThat(second.client.post("/api/stories/talks/check", Client.draftBody(draft, "draft-wrong.md", "json")).body())
                    .isEqualTo(CliOutput.of("check", "--draft", "fixtures/draft-talks/draft-wrong.md", "fixtures/draft-talks/coverage",
                            "--format", "json"));
        }
    }

    @Test
    void twoServersOnOneDatabaseSeeEachOthersWrites() throws Exception {
        StoreLocation db = StoreLocation.of(postgres.createDatabase("serve_shared"), null, null);
        StoryFiles talks = StoryFiles.of(Path.of("fixtures", "trade-talks-kl"));
        try (RunningServer a = new RunningServer(pipeline, db, null); RunningServer b = new RunningServer(pipeline, db, null)) {
            for (int i = 0; i < talks.files().size(); i++) {
                StoryFiles.File f = talks.files().get(i);
                (i % 2 == 0 ? a : b).client.put(Client.articlePath("talks", f.name()), Client.articleBody(f));
                a.client.get("/api/stories/talks/report"); // keeps a's cache warm between writes
            }

            String expected = CliOutput.of("check", "fixtures/trade-talks-kl", "--format", "json");
            assertThat(a.client.get("/api/stories/talks/report").body()).isEqualTo(expected);
            assertThat(b.client.get("/api/stories/talks/report").body()).isEqualTo(expected);
        }
    }
}
