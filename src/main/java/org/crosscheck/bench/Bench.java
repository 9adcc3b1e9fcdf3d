package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark: generates (or reuses) a corpus per size, runs each size in a JVM of its own and prints one
 * table row per size, then the naive-join baseline and the cold start of the CLI.
 */
public final class Bench {

    /** What to run. */
    public record Options(List<String> modes, List<Integer> sizes, long seed, Path work, Path rules, List<String> jvm, int joinClaims,
                          Path launcher, int coldRuns, long timeoutSeconds) {}

    private final Options options;
    private final PrintWriter out;

    public Bench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap of each run %s; seed %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.jvm().stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElse("default"), options.seed());
        out.println("| mode | articles | MB | stories | claims | events | articles/s | MB/s | claims/s (rules) | peak heap MB "
                + "| ingest s | extract s | normalize s | rules s | report s | total s | rules compile s | recall | precision | cross-story findings |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        out.flush();
        for (int size : options.sizes()) {
          for (String mode : options.modes()) {
            Path corpus = corpus(size);
            Map<String, String> r = child(List.of(corpus.toString(), options.rules().toString(), mode));
            if (r != null && mode.equals("extract")) {
                // extraction alone, one thread, against one bare regex scan of the same bytes in the same JVM
                out.printf(Locale.ROOT, "| extract (1 thread) | %s | %s | extraction %s MB/s (%s passes), bare regex scan %s MB/s, ratio %s |%n",
                        r.get("articles"), r.get("MB"), r.get("extract_MB/s"), r.get("extract_passes"), r.get("scan_MB/s"), r.get("ratio"));
                out.flush();
                continue;
            }
            if (r == null) {
                out.printf(Locale.ROOT, "| %s | %d | (no result within %d s: see above) |%n", mode, size, options.timeoutSeconds());
                out.flush();
                continue;
            }
            double total = d(r, "ingest_s") + d(r, "extract_s") + d(r, "normalize_s") + d(r, "rules_s") + d(r, "report_s");
            double mb = d(r, "bytes") / 1e6;
            out.printf(Locale.ROOT, "| %s | %s | %.1f | %d | %s | %s | %.0f | %.2f | %.0f | %s | %s | %s | %s | %s | %s | %.1f | %s | %s | %s | %s |%n",
                    mode.equals("pipeline") ? "mixed" : mode, r.get("articles"), mb, stories(corpus), r.get("claims"), r.get("events"), d(r, "articles") / total, mb / total,
                    d(r, "claims") / d(r, "rules_s"), r.get("peak_heap_mb"), r.get("ingest_s"), r.get("extract_s"),
                    r.get("normalize_s"), r.get("rules_s"), r.get("report_s"), total, r.get("compile_s"),
                    r.get("recall") + " (" + r.get("found") + "/" + r.get("discrepancies") + ")", r.get("precision"), r.get("cross_story"));
            out.println("  missed by attribute: " + r.get("missed_by_attribute") + "; consistent groups flagged: " + r.get("consistent_flagged"));
            if (r.containsKey("origins_s")) {
                out.printf(Locale.ROOT, "  origin detection: %s s for %s articles (%s origins, %s shared by several articles; not in the total)%n",
                        r.get("origins_s"), r.get("articles"), r.get("origins"), r.get("origins_shared"));
            }
            out.flush();
          }
        }
        if (options.joinClaims() > 0) {
            Path corpus = corpus(Math.max(options.joinClaims() / 5, 200));
            Map<String, String> r = child(List.of(corpus.toString(), options.rules().toString(), "join:" + options.joinClaims()));
            if (r != null) {
                out.printf(Locale.ROOT, "join baseline on %s claims: indexed (aligned events) %s s / %s s, naive (one event, all pairs) %s s / %s s "
                        + "(two repetitions each); findings %s vs %s%n", r.get("claims"), r.get("indexed_s0"), r.get("indexed_s1"),
                        r.get("naive_s0"), r.get("naive_s1"), r.get("indexed_findings"), r.get("naive_findings"));
            }
        }
        if (options.coldRuns() > 0 && options.launcher() != null) {
            out.println(coldStart());
        }
        out.flush();
    }

    private Path corpus(int size) throws IOException {
        Path dir = options.work().resolve("corpus-" + size + "-seed" + options.seed() + "-v" + CorpusGenerator.VERSION);
        if (!Files.isRegularFile(dir.resolve(".complete"))) {
            long t0 = System.nanoTime();
            CorpusGenerator.Summary s = new CorpusGenerator(options.seed()).write(dir, size);
            Files.writeString(dir.resolve(".complete"), s.toString());
            out.printf(Locale.ROOT, "generated %s in %.1f s: %s%n", dir, (System.nanoTime() - t0) / 1e9, s);
            out.flush();
        }
        return dir;
    }

    private static long stories(Path corpus) throws IOException {
        return BenchRun.storyFolders(corpus).size();
    }

    private static double d(Map<String, String> r, String key) {
        return Double.parseDouble(r.get(key));
    }

    /** Runs {@link BenchRun} in a fresh JVM with the configured options; null when it failed or timed out. */
    private Map<String, String> child(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(options.jvm());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchRun.class.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> result = null;
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(options.timeoutSeconds() * 1000);
                p.destroyForcibly();
            } catch (InterruptedException ignored) {
                // finished in time
            }
        });
        killer.setDaemon(true);
        killer.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = new LinkedHashMap<>();
                    for (String kv : line.substring(7).split(" ")) {
                        int eq = kv.indexOf('=');
                        result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                } else {
                    out.println("  " + line);
                    out.flush();
                }
            }
        }
        p.waitFor();
        killer.interrupt();
        return result;
    }

    /** Median wall time of the launcher checking the bundled fixture, each run a new JVM. */
    private String coldStart() throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        Path fixture = options.rules().toAbsolutePath().getParent().resolve("fixtures/trade-talks-kl");
        for (int i = 0; i < options.coldRuns() + 1; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(options.launcher().toString(), "check", fixture.toString(), "--fail-on", "never")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            if (i > 0) {
                // the first run may rebuild the jar and fills the page cache: not a cold start of the tool
                times.add(s);
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        return String.format(Locale.ROOT, "cold start of '%s check fixtures/trade-talks-kl': median %.2f s of %d runs (%s)",
                options.launcher().getFileName(), sorted.get(sorted.size() / 2), sorted.size(),
                String.join(", ", sorted.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList()));
    }
}
