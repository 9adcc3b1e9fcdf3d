package org.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.check.Finding;
import org.crosscheck.report.Report;

/**
 * One story's check scored against its gold: findings, alignment and extraction.
 *
 * @param story      the story folder's name
 * @param score      which discrepancies the findings hit, and the false alarms
 * @param findings   how many findings the check gave
 * @param alignment  link recall and precision over gold-marked claims
 * @param coverage   how many gold quotes yield a claim, of the right kind, with the gold value
 * @param byKind     per kind of gold value ("date", "time", "number", ...): {discrepancies, found}
 * @param byCategory per finding category: {findings, false alarms}
 */
public record StoryEvaluation(String story, GoldScore score, int findings, AlignmentQuality alignment,
                              ExtractionCoverage coverage, Map<String, int[]> byKind, Map<String, int[]> byCategory) {

    /** Scores {@code report} against {@code gold}. */
    public static StoryEvaluation of(String story, Report report, Gold gold) {
        GoldQuotes quotes = new GoldQuotes(report, gold);
        GoldScore score = new GoldScorer().score(report, gold, quotes);
        Map<String, int[]> byKind = new TreeMap<>();
        for (Gold.Group d : gold.discrepancies()) {
            String kind = d.quotes().isEmpty() ? "other" : d.quotes().get(0).parsed().type().name().toLowerCase(Locale.ROOT);
            int[] t = byKind.computeIfAbsent(kind, k -> new int[2]);
            t[0]++;
            if (score.found().containsKey(d.id())) {
                t[1]++;
            }
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Finding f : report.findings()) {
            int[] t = byCategory.computeIfAbsent(f.category(), k -> new int[2]);
            t[0]++;
            if (score.falsePositives().contains(f.id())) {
                t[1]++;
            }
        }
        return new StoryEvaluation(story, score, report.findings().size(), AlignmentQuality.of(report, gold, quotes),
                ExtractionCoverage.of(quotes), byKind, byCategory);
    }

    /** The stories together: micro totals. */
    public static StoryEvaluation total(List<StoryEvaluation> stories) {
        Map<String, List<String>> found = new TreeMap<>();
        List<String> missed = new java.util.ArrayList<>();
        List<String> falsePositives = new java.util.ArrayList<>();
        List<String> flagged = new java.util.ArrayList<>();
        List<String> unlocated = new java.util.ArrayList<>();
        int findings = 0;
        AlignmentQuality a = new AlignmentQuality(0, 0, 0, 0, 0);
        ExtractionCoverage c = new ExtractionCoverage(0, 0, 0, 0, 0, List.of(), List.of());
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        for (StoryEvaluation s : stories) {
            s.score.found().forEach((d, by) -> found.put(s.story + "/" + d, by));
            s.score.missed().forEach(d -> missed.add(s.story + "/" + d));
            s.score.falsePositives().forEach(f -> falsePositives.add(s.story + "/" + f));
            s.score.flagged().forEach(k -> flagged.add(s.story + "/" + k));
            s.score.unlocated().forEach(u -> unlocated.add(s.story + ": " + u));
            findings += s.findings;
            a = a.plus(s.alignment);
            c = c.plus(s.coverage);
            s.byKind.forEach((k, t) -> add(byKind, k, t));
            s.byCategory.forEach((k, t) -> add(byCategory, k, t));
        }
        return new StoryEvaluation("all stories", new GoldScore(found, missed, falsePositives, flagged, unlocated), findings, a, c,
                byKind, byCategory);
    }

    private static void add(Map<String, int[]> into, String key, int[] t) {
        int[] sum = into.computeIfAbsent(key, k -> new int[2]);
        sum[0] += t[0];
        sum[1] += t[1];
    }

    public int discrepancies() {
        return score.found().size() + score.missed().size();
    }

    public double recall() {
        return score.recall();
    }

    public double precision() {
        return score.precision(findings);
    }
}
