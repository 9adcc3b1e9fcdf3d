package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;

/**
 * Extraction alone on one thread, against one bare regular-expression scan of the same texts for the words a
 * claim can start at (digits, month and weekday names, number words, relative days): how far the extractor is
 * from what a pattern pass can do. Arguments: {@code [--seconds S] [--dump FILE] FOLDER...}, each folder a story
 * or a folder of stories (a generated corpus, the dev set). {@code --dump} writes every mention, for comparing
 * the extractor's output before and after a change.
 */
public final class ExtractionBench {

    /** The bare scan: what a claim can start at, matched case-insensitively, as one alternation. */
    static final Pattern BARE_SCAN = Pattern.compile("\\d+|\\b(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
            + "|fifty|hundred|thousand|million|billion|dozens?|first|second|third|fourth|fifth|today|tonight|yesterday"
            + "|tomorrow|last|next|this)\\b", Pattern.CASE_INSENSITIVE);

    private ExtractionBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = 20;
        Path dump = null;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                default -> roots.add(Path.of(args[i]));
            }
        }
        Map<String, Object> row = measure(roots, seconds, dump);
        StringBuilder sb = new StringBuilder();
        row.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        System.out.println(sb);
    }

    /** Reads the stories below {@code roots} and times extraction and the bare scan over them for about {@code seconds}. */
    static Map<String, Object> measure(List<Path> roots, double seconds, Path dump) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Path root : roots) {
            for (Path story : stories(root)) {
                Corpus c = new CorpusReader().read(List.of(story));
                articles.addAll(c.articles());
            }
        }
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        MentionExtractor extractor = new MentionExtractor();
        if (dump != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                for (Article a : articles) {
                    for (Mention m : extractor.extract(a.id(), a.text(), a.published())) {
                        w.println(canonical(m));
                    }
                }
            }
        }
        // warm-up: the JIT compiles the hot paths before either side is timed
        long warm = System.nanoTime() + (long) (seconds * 0.25e9);
        while (System.nanoTime() < warm) {
            extractAll(extractor, articles);
            scanAll(articles);
        }
        long mentions = 0;
        long passes = 0;
        long t0 = System.nanoTime();
        long until = t0 + (long) (seconds * 0.5e9);
        do {
            mentions += extractAll(extractor, articles);
            passes++;
        } while (System.nanoTime() < until);
        double extractS = (System.nanoTime() - t0) / 1e9;
        long hits = 0;
        long scans = 0;
        t0 = System.nanoTime();
        until = t0 + (long) (seconds * 0.25e9);
        do {
            hits += scanAll(articles);
            scans++;
        } while (System.nanoTime() < until);
        double scanS = (System.nanoTime() - t0) / 1e9;
        double extractMbs = bytes * passes / 1e6 / extractS;
        double scanMbs = bytes * scans / 1e6 / scanS;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("articles", articles.size());
        row.put("MB", String.format(Locale.ROOT, "%.2f", bytes / 1e6));
        row.put("mentions/pass", mentions / passes);
        row.put("extract_passes", passes);
        row.put("extract_MB/s", String.format(Locale.ROOT, "%.3f", extractMbs));
        row.put("scan_passes", scans);
        row.put("scan_hits/pass", hits / scans);
        row.put("scan_MB/s", String.format(Locale.ROOT, "%.2f", scanMbs));
        row.put("ratio", String.format(Locale.ROOT, "%.4f", extractMbs / scanMbs));
        return row;
    }

    private static long extractAll(MentionExtractor extractor, List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += extractor.extract(a.id(), a.text(), a.published()).size();
        }
        return n;
    }

    private static long scanAll(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            Matcher m = BARE_SCAN.matcher(a.text());
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A value as text with the elements of unordered sets and maps sorted: their iteration order changes from one
     * JVM to the next, and a dump must differ only where the extraction does.
     */
    static String canonical(Object o) {
        if (o instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('[');
            var parts = r.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                try {
                    sb.append(i == 0 ? "" : ", ").append(parts[i].getName()).append('=')
                            .append(canonical(parts[i].getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sb.append(']').toString();
        }
        boolean ordered = o instanceof java.util.LinkedHashMap<?, ?>
                || o instanceof java.util.LinkedHashSet<?> || o instanceof java.util.SortedMap<?, ?> || o instanceof java.util.SortedSet<?>;
        if (o instanceof java.util.Map<?, ?> map) {
            Stream<String> s = map.entrySet().stream().map(e -> canonical(e.getKey()) + "=" + canonical(e.getValue()));
            return "{" + String.join(", ", (ordered ? s : s.sorted()).toList()) + "}";
        }
        if (o instanceof java.util.Collection<?> c) {
            Stream<String> s = c.stream().map(ExtractionBench::canonical);
            return "[" + String.join(", ", (ordered || o instanceof List<?> ? s : s.sorted()).toList()) + "]";
        }
        return String.valueOf(o);
    }

    /** The story folders at or below {@code root}: folders that hold a manifest. */
    private static List<Path> stories(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith("manifest"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
    }
}
