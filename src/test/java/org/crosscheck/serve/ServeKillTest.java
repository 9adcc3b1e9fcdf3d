package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as its own process, killed with SIGKILL while clients store articles, then started again on the
 * same data: every article it acknowledged is there whole with its claims, and nothing is half-stored.
 */
class ServeKillTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final int WRITERS = 4;
    @TempDir
    Path temp;

    /** What the clients know: the text of each file's last acknowledged PUT, and of a PUT the kill cut short. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> cutShort = new ConcurrentHashMap<>();
    private final AtomicInteger acks = new AtomicInteger();

    @Test
    void aServerKilledDuringIngestsKeepsEveryAcknowledgedArticleWholeAndNothingHalfStored() throws Exception {
        List<String> texts = fixtureTexts();
        Path data = temp.resolve("data");
        for (int round = 1; round <= 2; round++) {
            Child server = startServer(data);
            try {
                URI base = awaitListening(server);
                if (round > 1) {
                    verify(new Client(base, null), data);
                }
                writeUntilKilled(server.process(), new Client(base, null), texts, round, acks.get() + 30);
            } finally {
                server.process().destroyForcibly();
                server.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
        Child server = startServer(data);
        try {
            verify(new Client(awaitListening(server), null), data);
        } finally {
            server.process().destroy();
            server.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acks.get()).as("PUTs acknowledged in two rounds").isGreaterThanOrEqualTo(60);
        assertThat(acknowledged).as("distinct articles").hasSizeGreaterThanOrEqualTo(40);
    }

    /** Four clients store and replace articles until {@code target} have been acknowledged in all, then the server is killed. */
    private void writeUntilKilled(Process server, Client client, List<String> texts, int round, int target) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    // Every third write replaces one of this writer's earlier files: the half-stored case of a replace.
                    String file = i % 3 == 2 ? "w" + writer + "-r" + round + "-" + (i - 2) + ".txt" : "w" + writer + "-r" + round + "-" + i + ".txt";
                    String text = texts.get((writer * 7 + i) % texts.size()) + "\n\nUpdate " + writer + "-" + round + "-" + i + ".";
                    String body = "{\"source\": \"Source " + writer + "\", \"published\": \"2025-10-2" + writer + "\", \"text\": "
                            + Client.JSON.valueToTree(text) + "}";
                    try {
                        HttpResponse<String> r = client.put(Client.articlePath("kill", file), body);
                        if (r.statusCode() != 200 && r.statusCode() != 201) {
                            throw new AssertionError("PUT " + file + " answered " + r.statusCode() + ": " + r.body());
                        }
                        acknowledged.put(file, text);
                        acks.incrementAndGet();
                    } catch (IOException e) {
                        cutShort.put(file, text); // sent, never acknowledged: may or may not be stored
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "writer-" + w);
            t.start();
            writers.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acks.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to finish a transaction
        server.waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread t : writers) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(acks.get()).as("acknowledged before the kill").isGreaterThanOrEqualTo(target);
    }

    /** Every acknowledged article is there, each stored article is whole, and the report is the one its texts give. */
    private void verify(Client client, Path data) throws Exception {
        JsonNode listed = Client.json(client.get("/api/stories/kill/articles")).get("articles");
        List<String> files = new ArrayList<>();
        listed.forEach(a -> files.add(a.get("file").asText()));
        assertThat(files).containsAll(acknowledged.keySet());
        assertThat(acknowledged.keySet().stream().filter(f -> !files.contains(f))).isEmpty();
        for (String f : files) {
            assertThat(acknowledged.containsKey(f) || cutShort.containsKey(f)).as(f + " was sent").isTrue();
        }
        List<Article> articles = new ArrayList<>();
        for (String f : files) {
            JsonNode a = Client.json(client.get(Client.articlePath("kill", f)));
            String text = a.get("text").asText();
            // Either the acknowledged version or the one the kill cut short, never anything in between.
            assertThat(List.of(acknowledged.getOrDefault(f, ""), cutShort.getOrDefault(f, ""))).as(f).contains(text);
            if (text.equals(acknowledged.get(f)) && !text.equals(cutShort.get(f))) {
                cutShort.remove(f);
            } else if (text.equals(cutShort.get(f))) {
                acknowledged.put(f, cutShort.remove(f)); // it did land: from now on it is the version to expect
            }
            articles.add(new Article("a" + (articles.size() + 1), f, a.get("source").asText(), LocalDate.parse(a.get("published").asText()), text));
        }
        // In the database itself: each article row has exactly the mention rows it was stored with, and they are its own.
        try (Connection c = DriverManager.getConnection(StoreLocation.embedded(data).jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.file, a.claim_count, a.article_text, (SELECT COUNT(*) FROM mention m "
                     + "WHERE m.article_id = a.id) FROM article a")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                Article a = new Article("a1", rs.getString(1), "s", LocalDate.of(2025, 10, 20), rs.getString(3));
                assertThat(rs.getInt(4)).as("mention rows of " + a.file()).isEqualTo(rs.getInt(2));
                assertThat(rs.getInt(2)).as("claims of " + a.file()).isEqualTo(Pipeline.extract(a).size());
            }
            assertThat(rows).isEqualTo(files.size());
        }
        articles.sort(java.util.Comparator.comparing(Article::file));
        List<Article> numbered = new ArrayList<>();
        for (Article a : articles) {
            numbered.add(new Article("a" + (numbered.size() + 1), a.file(), a.source(), a.published(), a.text()));
        }
        String expected = new JsonRenderer().render(pipeline().run(new Corpus(numbered, List.of())));
        assertThat(client.get("/api/stories/kill/report").body()).isEqualTo(expected);
    }

    private static Pipeline pipeline;

    private static synchronized Pipeline pipeline() throws Exception {
        if (pipeline == null) {
            pipeline = Pipeline.withRules(Path.of("rules"));
        }
        return pipeline;
    }

    private static List<String> fixtureTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String story : new String[] {"trade-talks-kl", "match-report", "flood-coverage", "draft-talks/coverage"}) {
            for (StoryFiles.File f : StoryFiles.of(Path.of("fixtures", story)).files()) {
                texts.add(f.content().replaceFirst("(?s)\\A---.*?---\\R", ""));
            }
        }
        return texts;
    }

    /** A server process and the file its output goes to. */
    private record Child(Process process, Path output) {}

    private Child startServer(Path data) throws IOException {
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = Files.createTempFile(temp, "server", ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", classpath, "org.crosscheck.cli.Main", "serve", "--port", "0",
                "--data", data.toString(), "--rules", "rules")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        return new Child(p, out);
    }

    /** The server's address, once it says it listens. */
    private static URI awaitListening(Child child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String said = Files.readString(child.output(), StandardCharsets.UTF_8);
            Matcher m = LISTENING.matcher(said);
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!child.process().isAlive()) {
                throw new AssertionError("the server exited " + child.process().exitValue() + ": " + said);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start within 90 s: " + Files.readString(child.output()));
    }
}
