package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.crosscheck.Pipeline;
import org.crosscheck.store.StoreLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens across restarts, upgrades of the extractor and servers sharing one store. */
class ServeLifecycleTest {

    static Pipeline pipeline;
    static final StoryFiles TALKS = StoryFiles.of(Path.of("fixtures", "trade-talks-kl"));
    @TempDir
    Path temp;

    @BeforeAll
    static void rules() throws Exception {
        pipeline = Pipeline.withRules(Path.of("rules"));
    }

    private static String cliReport() {
        return CliOutput.of("check", "fixtures/trade-talks-kl", "--format", "json");
    }

    @Test
    void aRestartKeepsEveryArticleAndGivesTheSameReport() throws Exception {
        Path data = temp.resolve("data");
        String stories;
        try (RunningServer first = RunningServer.embedded(pipeline, data, null)) {
            first.client.putStory("talks", TALKS);
            stories = first.client.get("/api/stories").body();
        }

        try (RunningServer second = RunningServer.embedded(pipeline, data, null)) {
            assertThat(second.client.get("/api/stories").body()).isEqualTo(stories);
            assertThat(second.client.get("/api/stories/talks/report").body()).isEqualTo(cliReport());
        }
    }

    @Test
    void claimsAnOlderExtractorStoredAreExtractedAgainWhenTheStoryIsChecked() throws Exception {
        Path data = temp.resolve("data");
        try (RunningServer first = RunningServer.embedded(pipeline, data, null)) {
            first.client.putStory("talks", TALKS);
        }
        String url = StoreLocation.embedded(data).jdbcUrl();
        // As an older crosscheck would have left them: another version, and a mention in a shape this one cannot read.
        sql(url, "UPDATE article SET extraction_version = '1'");
        sql(url, "UPDATE mention SET body = '{\"old\": 1}' WHERE seq = 0");

        try (RunningServer second = RunningServer.embedded(pipeline, data, null)) {
            assertThat(second.client.get("/api/stories/talks/report").body()).isEqualTo(cliReport());
            assertThat(second.log.toString()).contains("claims extracted again (stored by extraction version 1, now "
                    + Pipeline.EXTRACTION_VERSION + ")");
            assertThat(second.store.stale(Pipeline.EXTRACTION_VERSION)).isEmpty();
        }
        assertThat(count(url, "SELECT COUNT(*) FROM mention WHERE body = '{\"old\": 1}'")).isZero();
    }

    @Test
    void theStartUpPassUpgradesEveryStaleArticle() throws Exception {
        Path data = temp.resolve("data");
        try (RunningServer first = RunningServer.embedded(pipeline, data, null)) {
            first.client.putStory("talks", TALKS);
        }
        String url = StoreLocation.embedded(data).jdbcUrl();
        sql(url, "UPDATE article SET extraction_version = '1'");

        try (RunningServer second = RunningServer.embedded(pipeline, data, null)) {
            assertThat(second.server.upgradeStaleClaims()).isEqualTo(TALKS.files().size());
            assertThat(second.server.upgradeStaleClaims()).isZero();
            assertThat(second.client.get("/api/stories/talks/report").body()).isEqualTo(cliReport());
        }
        assertThat(count(url, "SELECT COUNT(*) FROM article WHERE extraction_version = '" + Pipeline.EXTRACTION_VERSION + "'"))
                .isEqualTo(TALKS.files().size());
    }

    @Test
    void aServerSeesWhatAnotherServerSharingTheStoreWrote() throws Exception {
        Path data = temp.resolve("data");
        try (RunningServer reader = RunningServer.embedded(pipeline, data, null);
             RunningServer writer = RunningServer.embedded(pipeline, data, null)) {
            StoryFiles.File last = TALKS.files().get(TALKS.files().size() - 1);
            for (StoryFiles.File f : TALKS.files().subList(0, TALKS.files().size() - 1)) {
                writer.client.put(Client.articlePath("talks", f.name()), Client.articleBody(f));
            }
            String partial = reader.client.get("/api/stories/talks/report").body(); // now cached by the reader

            writer.client.put(Client.articlePath("talks", last.name()), Client.articleBody(last));

            assertThat(partial).isNotEqualTo(cliReport());
            assertThat(reader.client.get("/api/stories/talks/report").body()).isEqualTo(cliReport());
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static long count(String url, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
