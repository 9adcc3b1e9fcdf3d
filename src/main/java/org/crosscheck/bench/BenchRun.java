package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.check.CheckResult;
import org.crosscheck.check.Checker;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleSet;
import org.crosscheck.eval.Gold;
import org.crosscheck.eval.GoldScore;
import org.crosscheck.eval.GoldScorer;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.normalize.Claim;
import org.crosscheck.normalize.ClaimNormalizer;
import org.crosscheck.normalize.Claims;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;

/**
 * One measured run over a generated corpus, in a JVM of its own so heap peaks and JIT warm-up never carry over
 * from another size. Prints one {@code key=value} line that {@link Bench} turns into a table row.
 *
 * <p>The stages are the ones {@code Pipeline.run} chains (its {@code claimsOf} is private, so the same calls are
 * made here one by one, each timed).
 */
public final class BenchRun {

    private BenchRun() {}

    /** Arguments: corpus folder, rules folder, mode ({@code pipeline}, {@code per-story}, {@code extract} or {@code join:N}). */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path rulesDir = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "pipeline";
        Map<String, Object> row = mode.equals("extract") ? ExtractionBench.measure(List.of(corpus), 20, null)
                : mode.startsWith("join:") ? join(corpus, rulesDir, Integer.parseInt(mode.substring(5)))
                : mode.equals("per-story") ? perStory(corpus, rulesDir) : pipeline(corpus, rulesDir);
        StringBuilder sb = new StringBuilder("RESULT");
        row.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        System.out.println(sb);
    }

    static List<Path> storyFolders(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Map<String, Object> pipeline(Path corpus, Path rulesDir) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        resetPeaks();
        long t0 = System.nanoTime();
        RuleSet rules = RuleSet.load(rulesDir);
        long t1 = System.nanoTime();
        List<Path> folders = storyFolders(corpus);
        Corpus read = new CorpusReader().read(folders);
        long t2 = System.nanoTime();
        // origins over the whole corpus at once: the shingle index must keep this about linear in the articles
        org.crosscheck.origin.Origins origins = new org.crosscheck.origin.OriginDetector().detect(read.articles());
        long origin = System.nanoTime() - t2;
        long ingested = t2;
        row.put("origins_s", secs(origin));
        row.put("origins", origins.origins().size());
        row.put("origins_shared", origins.shared());
        t2 = System.nanoTime();
        MentionExtractor extractor = new MentionExtractor();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        StackSampler extractSampler = System.getProperty("bench.profile", "").equals("extract")
                ? new StackSampler(Thread.currentThread(), 5) : null;
        long bytes = 0;
        for (Article a : read.articles()) {
            mentions.put(a.id(), extractor.extract(a.id(), a.text(), a.published()));
            bytes += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        long t3 = System.nanoTime();
        printProfile(extractSampler, "extract");
        // -Dbench.profile=normalize (or extract, rules) samples the main thread's stack during that stage
        String profile = System.getProperty("bench.profile", "");
        StackSampler sampler = profile.equals("normalize") ? new StackSampler(Thread.currentThread(), 5) : null;
        Claims claims = new ClaimNormalizer().normalize(read.articles(), mentions);
        long t4 = System.nanoTime();
        printProfile(sampler, "normalize");
        sampler = profile.equals("rules") ? new StackSampler(Thread.currentThread(), 5) : null;
        CheckResult result = new Checker(rules).check(claims);
        long t5 = System.nanoTime();
        printProfile(sampler, "rules");
        Report report = new Report(read.articles(), claims.claims(), result.findings(), rules.rules(), read.warnings(), result.problems());
        int json = new JsonRenderer().render(report).length();
        long t6 = System.nanoTime();
        long peak = heapPeak();
        row.put("articles", read.articles().size());
        row.put("bytes", bytes);
        row.put("claims", claims.claims().size());
        row.put("events", claims.claims().stream().map(Claim::event).distinct().count());
        row.put("findings", result.findings().size());
        row.put("problems", result.problems().size());
        row.put("compile_s", secs(t1 - t0));
        row.put("ingest_s", secs(ingested - t1));
        row.put("extract_s", secs(t3 - t2));
        row.put("normalize_s", secs(t4 - t3));
        row.put("rules_s", secs(t5 - t4));
        row.put("report_s", secs(t6 - t5));
        row.put("json_chars", json);
        row.put("peak_heap_mb", peak / (1024 * 1024));
        score(folders, report, row);
        return row;
    }

    /**
     * One run per story folder with the rules compiled once, as a newsroom would call the tool once its feed is
     * clustered into stories: only one story's texts are in memory at a time, and the aligner never sees two stories.
     */
    private static Map<String, Object> perStory(Path corpus, Path rulesDir) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        resetPeaks();
        long t0 = System.nanoTime();
        RuleSet rules = RuleSet.load(rulesDir);
        long compile = System.nanoTime() - t0;
        long[] stage = new long[5];
        long articles = 0;
        long bytes = 0;
        long claimCount = 0;
        long findings = 0;
        int discrepancies = 0;
        int found = 0;
        int falsePositives = 0;
        int flagged = 0;
        Map<String, Integer> missedByAttribute = new java.util.TreeMap<>();
        MentionExtractor extractor = new MentionExtractor();
        GoldScorer scorer = new GoldScorer();
        for (Path folder : storyFolders(corpus)) {
            long a = System.nanoTime();
            Corpus read = new CorpusReader().read(List.of(folder));
            long b = System.nanoTime();
            Map<String, List<Mention>> mentions = new LinkedHashMap<>();
            for (Article x : read.articles()) {
                mentions.put(x.id(), extractor.extract(x.id(), x.text(), x.published()));
                bytes += x.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            long c = System.nanoTime();
            Claims claims = new ClaimNormalizer().normalize(read.articles(), mentions);
            long d = System.nanoTime();
            CheckResult result = new Checker(rules).check(claims);
            long e = System.nanoTime();
            Report report = new Report(read.articles(), claims.claims(), result.findings(), rules.rules(), read.warnings(), result.problems());
            new JsonRenderer().render(report);
            long f = System.nanoTime();
            stage[0] += b - a;
            stage[1] += c - b;
            stage[2] += d - c;
            stage[3] += e - d;
            stage[4] += f - e;
            articles += read.articles().size();
            claimCount += claims.claims().size();
            findings += result.findings().size();
            Gold gold = Gold.read(folder.resolve("gold.json"));
            GoldScore score = scorer.score(report, gold);
            discrepancies += gold.discrepancies().size();
            found += score.found().size();
            falsePositives += score.falsePositives().size();
            flagged += score.flagged().size();
            for (Gold.Group g : gold.discrepancies()) {
                if (!score.found().containsKey(g.id())) {
                    missedByAttribute.merge(g.attribute().replace(' ', '_'), 1, Integer::sum);
                }
            }
        }
        row.put("articles", articles);
        row.put("bytes", bytes);
        row.put("claims", claimCount);
        row.put("events", "-");
        row.put("findings", findings);
        row.put("compile_s", secs(compile));
        row.put("ingest_s", secs(stage[0]));
        row.put("extract_s", secs(stage[1]));
        row.put("normalize_s", secs(stage[2]));
        row.put("rules_s", secs(stage[3]));
        row.put("report_s", secs(stage[4]));
        row.put("peak_heap_mb", heapPeak() / (1024 * 1024));
        row.put("discrepancies", discrepancies);
        row.put("found", found);
        row.put("recall", String.format(Locale.ROOT, "%.3f", discrepancies == 0 ? 1.0 : (double) found / discrepancies));
        row.put("false_positives", falsePositives);
        row.put("cross_story", 0);
        row.put("precision", String.format(Locale.ROOT, "%.3f", findings == 0 ? 1.0 : (double) (findings - falsePositives) / findings));
        row.put("consistent_flagged", flagged);
        row.put("missed_by_attribute", missedByAttribute.toString().replace(" ", ""));
        return row;
    }

    /**
     * Scores story by story: GoldScorer looks claims up by a linear scan ({@code Report.claim}), so one scorer call
     * over the whole corpus is quadratic; per story it is small. A finding whose claims span two stories is a
     * false positive (stories share no facts by construction).
     */
    static void score(List<Path> folders, Report report, Map<String, Object> row) throws Exception {
        Map<String, String> storyOfArticle = new HashMap<>();
        Map<String, List<Article>> articles = new LinkedHashMap<>();
        for (Article a : report.articles()) {
            String story = a.file().substring(0, a.file().indexOf('/'));
            storyOfArticle.put(a.id(), story);
            articles.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, String> storyOfClaim = new HashMap<>();
        for (Claim c : report.claims()) {
            String story = storyOfArticle.get(c.article());
            storyOfClaim.put(c.id(), story);
            claims.computeIfAbsent(story, k -> new ArrayList<>()).add(c);
        }
        Map<String, List<Finding>> findings = new HashMap<>();
        int crossStory = 0;
        for (Finding f : report.findings()) {
            long stories = f.claims().stream().map(storyOfClaim::get).distinct().count();
            if (stories > 1) {
                crossStory++;
            } else {
                findings.computeIfAbsent(storyOfClaim.get(f.claims().get(0)), k -> new ArrayList<>()).add(f);
            }
        }
        int discrepancies = 0;
        int found = 0;
        int falsePositives = crossStory;
        int flagged = 0;
        int unlocated = 0;
        Map<String, Integer> missedByAttribute = new java.util.TreeMap<>();
        GoldScorer scorer = new GoldScorer();
        for (Path folder : folders) {
            String story = folder.getFileName().toString();
            Gold gold = Gold.read(folder.resolve("gold.json"));
            Report sub = new Report(articles.getOrDefault(story, List.of()), claims.getOrDefault(story, List.of()),
                    findings.getOrDefault(story, List.of()), report.rules(), List.of(), List.of());
            GoldScore s = scorer.score(sub, gold);
            discrepancies += gold.discrepancies().size();
            found += s.found().size();
            falsePositives += s.falsePositives().size();
            flagged += s.flagged().size();
            unlocated += s.unlocated().size();
            for (Gold.Group g : gold.discrepancies()) {
                if (!s.found().containsKey(g.id())) {
                    missedByAttribute.merge(g.attribute().replace(' ', '_'), 1, Integer::sum);
                }
            }
        }
        int total = report.findings().size();
        row.put("discrepancies", discrepancies);
        row.put("found", found);
        row.put("recall", String.format(Locale.ROOT, "%.3f", discrepancies == 0 ? 1.0 : (double) found / discrepancies));
        row.put("false_positives", falsePositives);
        row.put("cross_story", crossStory);
        row.put("precision", String.format(Locale.ROOT, "%.3f", total == 0 ? 1.0 : (double) (total - falsePositives) / total));
        row.put("consistent_flagged", flagged);
        row.put("unlocated", unlocated);
        row.put("missed_by_attribute", missedByAttribute.toString().replace(" ", ""));
    }

    /**
     * The same rules over the first {@code n} claims of the corpus twice: with their aligned events (the rules'
     * {@code event ==} joins are hash-indexed) and with every claim put in one event (all pairs meet).
     */
    private static Map<String, Object> join(Path corpus, Path rulesDir, int n) throws Exception {
        RuleSet rules = RuleSet.load(rulesDir);
        List<Path> folders = storyFolders(corpus);
        // read only as many stories as the claims need: about 10 claims per article
        Corpus read = new CorpusReader().read(folders.subList(0, Math.min(folders.size(), Math.max(1, n / 25))));
        MentionExtractor extractor = new MentionExtractor();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Article a : read.articles()) {
            mentions.put(a.id(), extractor.extract(a.id(), a.text(), a.published()));
        }
        Claims all = new ClaimNormalizer().normalize(read.articles(), mentions);
        List<Claim> some = all.claims().subList(0, Math.min(n, all.claims().size()));
        Claims indexed = new Claims(some, all.multiDay(), all.within());
        List<Claim> merged = new ArrayList<>();
        for (Claim c : some) {
            merged.add(c.withEvent("one event"));
        }
        Claims naive = new Claims(merged, List.of(), all.within());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("claims", some.size());
        // warm the session code once so neither measurement pays the first-use cost
        new Checker(rules).check(new Claims(some.subList(0, Math.min(500, some.size())), List.of(), List.of()));
        for (int rep = 0; rep < 2; rep++) {
            long t0 = System.nanoTime();
            CheckResult a = new Checker(rules).check(indexed);
            long t1 = System.nanoTime();
            CheckResult b = new Checker(rules).check(naive);
            long t2 = System.nanoTime();
            row.put("indexed_s" + rep, secs(t1 - t0));
            row.put("naive_s" + rep, secs(t2 - t1));
            row.put("indexed_findings", a.findings().size());
            row.put("naive_findings", b.findings().size());
        }
        return row;
    }

    private static void printProfile(StackSampler sampler, String stage) {
        if (sampler != null) {
            sampler.close();
            System.err.println("profile of " + stage + ":");
            sampler.report(15).forEach(System.err::println);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound on the live heap at its fullest (pools peak at different times). */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
