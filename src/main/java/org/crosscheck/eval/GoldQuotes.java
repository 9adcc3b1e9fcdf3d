package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.Report;

/**
 * The gold quotes of a story located in its articles, and which claims of a report stand on which of them.
 * A claim stands on a quote when their spans in the same article overlap.
 */
final class GoldQuotes {

    /** A gold quote located in its article; {@code discrepancy} is false for a consistent group's quote. */
    record Located(Gold.Group group, Gold.Quote quote, boolean discrepancy, String article, int start, int end) {}

    private final List<Located> located = new ArrayList<>();
    private final List<String> unlocated = new ArrayList<>();
    private final Map<String, List<Located>> byArticle = new HashMap<>();
    private final Map<String, List<Claim>> claimsByArticle = new HashMap<>();

    GoldQuotes(Report report, Gold gold) {
        Map<String, Article> byFile = new LinkedHashMap<>();
        for (Article a : report.articles()) {
            byFile.put(a.file(), a);
            byFile.putIfAbsent(a.file().substring(a.file().lastIndexOf('/') + 1), a);
        }
        locate(gold.discrepancies(), true, byFile);
        locate(gold.consistent(), false, byFile);
        for (Claim c : report.claims()) {
            claimsByArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
        }
    }

    private void locate(List<Gold.Group> groups, boolean discrepancy, Map<String, Article> byFile) {
        for (Gold.Group g : groups) {
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
                Located l = new Located(g, q, discrepancy, a.id(), at, at + q.quote().length());
                located.add(l);
                byArticle.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(l);
            }
        }
    }

    List<Located> all() {
        return located;
    }

    List<String> unlocated() {
        return unlocated;
    }

    /** The gold quotes this claim stands on. */
    List<Located> under(Claim c) {
        List<Located> out = new ArrayList<>();
        for (Located l : byArticle.getOrDefault(c.article(), List.of())) {
            if (c.start() < l.end() && l.start() < c.end()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The claims that stand on this quote. */
    List<Claim> claimsOn(Located l) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claimsByArticle.getOrDefault(l.article(), List.of())) {
            if (c.start() < l.end() && l.start() < c.end()) {
                out.add(c);
            }
        }
        return out;
    }
}
