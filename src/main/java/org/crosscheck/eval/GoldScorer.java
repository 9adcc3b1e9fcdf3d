package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.check.Finding;
import org.crosscheck.report.Report;

/**
 * Scores findings against gold, the way ../shared/tools/story_score.py does. A finding hits a discrepancy when
 * two of its claims stand on quotes of that discrepancy with different gold values, and at least half of its
 * claims that stand on any gold quote stand on that discrepancy's quotes: a finding that lumps many facts
 * together hits nothing. A consistent group is flagged when a finding that hits no discrepancy has claims on
 * two of the group's quotes.
 */
public final class GoldScorer {

    public GoldScore score(Report report, Gold gold) {
        return score(report, gold, new GoldQuotes(report, gold));
    }

    GoldScore score(Report report, Gold gold, GoldQuotes quotes) {
        Map<String, List<String>> found = new TreeMap<>();
        List<String> falsePositives = new ArrayList<>();
        Set<String> flagged = new java.util.TreeSet<>();
        for (Finding f : report.findings()) {
            List<List<GoldQuotes.Located>> under = new ArrayList<>();
            int marked = 0;
            for (String id : f.claims()) {
                List<GoldQuotes.Located> on = quotes.under(report.claim(id));
                under.add(on);
                if (!on.isEmpty()) {
                    marked++;
                }
            }
            boolean hit = false;
            for (Gold.Group d : gold.discrepancies()) {
                if (hits(under, d, marked)) {
                    found.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(f.id());
                    hit = true;
                }
            }
            if (!hit) {
                falsePositives.add(f.id());
                for (Gold.Group k : gold.consistent()) {
                    if (under.stream().filter(on -> on.stream().anyMatch(l -> l.group() == k)).count() >= 2) {
                        flagged.add(k.id());
                    }
                }
            }
        }
        List<String> missed = gold.discrepancies().stream().map(Gold.Group::id).filter(id -> !found.containsKey(id)).toList();
        return new GoldScore(found, missed, falsePositives, new ArrayList<>(flagged), quotes.unlocated());
    }

    /** Two claims with disjoint sets of gold values of {@code d}, and at least half the marked claims on {@code d}. */
    private static boolean hits(List<List<GoldQuotes.Located>> under, Gold.Group d, int marked) {
        List<Set<String>> values = new ArrayList<>();
        for (List<GoldQuotes.Located> on : under) {
            Set<String> v = new HashSet<>();
            for (GoldQuotes.Located l : on) {
                if (l.group() == d) {
                    v.add(l.quote().value());
                }
            }
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        if (values.size() * 2 < marked) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (java.util.Collections.disjoint(values.get(i), values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
