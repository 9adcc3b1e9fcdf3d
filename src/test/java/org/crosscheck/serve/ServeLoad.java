package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load figures of the README: starts {@code ./crosscheck serve} on a free loopback port with a fresh data
 * folder, stores a 50-article story built at run time from the dev set's articles, then measures warm draft
 * checks one at a time and 50 clients checking at once while a writer adds articles to the same story (10, one
 * every 4 s, so the story stays near 50 articles).
 * Every loop is bounded; it stops the server at the end. Run by src/bench/serve/load.sh.
 */
public final class ServeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");

    /** One dev-set article, named story/file so names stay unique across stories. */
    private record Source(String name, String source, String published, String text) {}

    public static void main(String[] args) throws Exception {
        Path devset = Path.of(arg(args, "--devset", "../shared/devset"));
        int storySize = Integer.parseInt(arg(args, "--articles", "50"));
        int clients = Integer.parseInt(arg(args, "--clients", "50"));
        int perClient = Integer.parseInt(arg(args, "--checks-per-client", "20"));
        int addEveryMs = Integer.parseInt(arg(args, "--add-every-ms", "4000"));
        int adds = Integer.parseInt(arg(args, "--adds", "10"));
        List<Source> all = devsetArticles(devset);
        if (all.size() < storySize + 1) {
            throw new IllegalStateException(devset + " has " + all.size() + " articles; need more than " + storySize);
        }
        Path data = Files.createTempDirectory("crosscheck-load");
        Path log = data.resolve("server.log");
        Process server = new ProcessBuilder("./crosscheck", "serve", "--port", "0", "--data", data.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = awaitListening(server, log);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                    .executor(java.util.concurrent.Executors.newFixedThreadPool(clients + 4, r -> {
                        Thread t = new Thread(r);
                        t.setDaemon(true); // the driver ends when its work does
                        return t;
                    })).build();
            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; server: ./crosscheck serve (embedded store)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            List<Long> ingest = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Source s : all.subList(0, storySize)) {
                ingest.add(put(http, base, s));
            }
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "ingest: %d articles one at a time in %.1f s (%.0f articles/s), median %.0f ms, max %.0f ms%n",
                    storySize, ingestSeconds, storySize / ingestSeconds, percentile(ingest, 50) / 1e6, percentile(ingest, 100) / 1e6);

            String draft = draftBody(all.get(0));
            for (int i = 0; i < 100; i++) {
                check(http, base, draft); // warm-up: the JIT (about 10 s of checks) and the story's coverage cache
            }
            List<Long> warm = new ArrayList<>();
            int findings = 0;
            for (int i = 0; i < 200; i++) {
                long t = System.nanoTime();
                checkWhole(http, base, draft); // timed: the request and the whole response, not the client's parsing
                warm.add(System.nanoTime() - t);
            }
            findings = check(http, base, draft);
            System.out.printf(Locale.ROOT, "warm draft check, one at a time, %d-article story (%d findings): median %.0f ms, p99 %.0f ms, "
                    + "min %.0f ms (200 checks after 100 to warm up)%n", storySize, findings, percentile(warm, 50) / 1e6, percentile(warm, 99) / 1e6,
                    percentile(warm, 0) / 1e6);

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<Long> addLatencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
            Thread writer = new Thread(() -> {
                for (int i = storySize; i < all.size() && i < storySize + adds && !done.get(); i++) {
                    try {
                        addLatencies.add(put(http, base, all.get(i)));
                        Thread.sleep(addEveryMs);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorSamples.add("PUT: " + e.getMessage());
                    }
                }
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> checkers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < perClient; i++) {
                        long t1 = System.nanoTime();
                        try {
                            checkWhole(http, base, draft);
                            latencies.add(System.nanoTime() - t1);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            errorSamples.add(e.getMessage());
                        }
                    }
                });
                t.start();
                checkers.add(t);
            }
            long start = System.nanoTime();
            writer.start();
            go.countDown();
            for (Thread t : checkers) {
                t.join(TimeUnit.MINUTES.toMillis(10));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            done.set(true);
            writer.join(TimeUnit.MINUTES.toMillis(1));
            int articlesAtEnd = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/stories")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).at("/stories/0/articles").asInt();
            System.out.printf(Locale.ROOT, "%d concurrent clients x %d draft checks while a writer added %d articles (story %d -> %d articles):%n",
                    clients, perClient, addLatencies.size(), storySize, articlesAtEnd);
            System.out.printf(Locale.ROOT, "  %d checks in %.1f s = %.1f requests/s; latency median %.0f ms, p90 %.0f ms, p99 %.0f ms, "
                    + "max %.0f ms; errors %d%n", latencies.size(), seconds, latencies.size() / seconds, percentile(latencies, 50) / 1e6,
                    percentile(latencies, 90) / 1e6, percentile(latencies, 99) / 1e6, percentile(latencies, 100) / 1e6, errors.get());
            System.out.printf(Locale.ROOT, "  article PUTs during the load: median %.0f ms, max %.0f ms%n",
                    percentile(addLatencies, 50) / 1e6, percentile(addLatencies, 100) / 1e6);
            errorSamples.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Stores one article; returns the request's latency in ns. */
    private static long put(HttpClient http, URI base, Source s) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", s.source());
        n.put("published", s.published());
        n.put("text", s.text());
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stories/load-50/articles/" + HttpApi.encode(s.name())))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(n.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("PUT " + s.name() + ": " + r.statusCode() + " " + r.body());
        }
        return System.nanoTime() - t;
    }

    /** One draft check; returns its number of findings, or throws unless it is a whole JSON report with the draft in it. */
    private static int check(HttpClient http, URI base, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stories/load-50/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("check: " + r.statusCode() + " " + r.body());
        }
        JsonNode report = JSON.readTree(r.body());
        JsonNode articles = report.get("articles");
        if (!report.has("schemaVersion") || !articles.get(articles.size() - 1).get("source").asText().equals("draft")) {
            throw new IllegalStateException("check: not a draft report");
        }
        return report.get("findings").size();
    }

    /**
     * One draft check under load, validated without parsing the 0.8 MB report (the driver shares the server's two
     * cores): a 200 with a whole JSON report in which the draft is an article.
     */
    private static void checkWhole(HttpClient http, URI base, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stories/load-50/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String b = r.body();
        if (r.statusCode() != 200 || !b.startsWith("{\n  \"schemaVersion\"") || !b.endsWith("}\n") || !b.contains("\"source\" : \"draft\"")) {
            throw new IllegalStateException("check: " + r.statusCode() + " " + b.substring(0, Math.min(200, b.length())));
        }
    }

    /** The first article's text with every digit changed, so the draft contradicts its own story's coverage. */
    private static String draftBody(Source s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.text().toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + 1) % 10) : c);
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("text", b.toString());
        n.put("published", s.published());
        return n.toString();
    }

    private static List<Source> devsetArticles(Path devset) throws Exception {
        List<Source> out = new ArrayList<>();
        List<Path> stories;
        try (var list = Files.list(devset)) {
            stories = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        for (Path story : stories) {
            for (JsonNode a : JSON.readTree(story.resolve("manifest.json").toFile()).get("articles")) {
                String file = a.get("file").asText();
                out.add(new Source(story.getFileName() + "/" + file, a.path("source").asText(null), a.path("published").asText(null),
                        Files.readString(story.resolve(file), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static URI awaitListening(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // the launcher may build the jar first
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start: " + Files.readString(log));
    }

    /** Nearest-rank percentile, in the samples' unit. */
    private static double percentile(List<Long> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
