package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.check.Finding;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.Report;

/**
 * Scores findings against gold. A finding hits a discrepancy when two of its claims overlap quotes of that
 * discrepancy that carry different gold values; a consistent group is flagged when a finding that hits no
 * discrepancy has claims overlapping two of the group's quotes.
 */
public final class GoldScorer {

    /** A gold quote located in its article. */
    private record Located(String group, String article, int start, int end, String value) {}

    public GoldScore score(Report report, Gold gold) {
        Map<String, Article> byFile = new LinkedHashMap<>();
        for (Article a : report.articles()) {
            byFile.put(a.file(), a);
            byFile.putIfAbsent(a.file().substring(a.file().lastIndexOf('/') + 1), a);
        }
        List<String> unlocated = new ArrayList<>();
        List<List<Located>> discrepancies = locate(gold.discrepancies(), byFile, unlocated);
        List<List<Located>> consistent = locate(gold.consistent(), byFile, unlocated);
        Map<String, List<String>> found = new TreeMap<>();
        List<String> falsePositives = new ArrayList<>();
        Set<String> flagged = new java.util.TreeSet<>();
        for (Finding f : report.findings()) {
            List<Claim> claims = f.claims().stream().map(report::claim).toList();
            boolean hit = false;
            for (int i = 0; i < discrepancies.size(); i++) {
                if (hits(claims, discrepancies.get(i))) {
                    found.computeIfAbsent(gold.discrepancies().get(i).id(), k -> new ArrayList<>()).add(f.id());
                    hit = true;
                }
            }
            if (!hit) {
                falsePositives.add(f.id());
                for (int i = 0; i < consistent.size(); i++) {
                    if (touches(claims, consistent.get(i)) >= 2) {
                        flagged.add(gold.consistent().get(i).id());
                    }
                }
            }
        }
        List<String> missed = gold.discrepancies().stream().map(Gold.Group::id).filter(id -> !found.containsKey(id)).toList();
        return new GoldScore(found, missed, falsePositives, new ArrayList<>(flagged), unlocated);
    }

    private static boolean hits(List<Claim> claims, List<Located> quotes) {
        for (Claim a : claims) {
            for (Claim b : claims) {
                if (a == b) {
                    continue;
                }
                for (Located qa : quotes) {
                    if (!overlaps(a, qa)) {
                        continue;
                    }
                    for (Located qb : quotes) {
                        if (qb != qa && overlaps(b, qb) && !qa.value().equals(qb.value())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static int touches(List<Claim> claims, List<Located> quotes) {
        Set<Located> touched = new HashSet<>();
        for (Claim c : claims) {
            for (Located q : quotes) {
                if (overlaps(c, q)) {
                    touched.add(q);
                }
            }
        }
        return touched.size();
    }

    private static boolean overlaps(Claim c, Located q) {
        return c.article().equals(q.article()) && c.start() < q.end() && q.start() < c.end();
    }

    private static List<List<Located>> locate(List<Gold.Group> groups, Map<String, Article> byFile, List<String> unlocated) {
        List<List<Located>> out = new ArrayList<>();
        for (Gold.Group g : groups) {
            List<Located> located = new ArrayList<>();
            for (Gold.Quote q : g.quotes()) {
                Article a = byFile.get(q.file());
                int at = a == null ? -1 : a.text().indexOf(q.quote());
                if (at < 0 && a != null) {
                    at = a.text().replace('\u2019', '\'').indexOf(q.quote().replace('\u2019', '\''));
                }
                if (at < 0) {
                    unlocated.add(g.id() + ": " + q.file() + ": \"" + q.quote() + "\"");
                    continue;
                }
                located.add(new Located(g.id(), a.id(), at, at + q.quote().length(), q.value()));
            }
            out.add(located);
        }
        return out;
    }
}
