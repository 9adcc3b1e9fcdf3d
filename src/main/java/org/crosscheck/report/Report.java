package org.crosscheck.report;

import java.util.List;
import java.util.Map;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.crosscheck.origin.Origins;

/**
 * Everything a renderer shows: the articles, their claims, the findings and what went wrong on the way.
 *
 * @param articles the articles read, in id order
 * @param claims   every claim, in article and offset order
 * @param findings the contradictions found
 * @param rules    the rules that ran, by name
 * @param warnings input problems that did not stop the run (skipped files, fallback encodings)
 * @param problems rules that failed at run time
 * @param accepted findings a baseline accepts: shown, but not in {@code findings} and not counted for the exit code
 * @param updates  figures that changed over the coverage (a toll rising), shown but not counted as contradictions
 * @param origins  the articles grouped by common origin (each its own when none was detected)
 */
public record Report(List<Article> articles, List<Claim> claims, List<Finding> findings, Map<String, RuleInfo> rules,
                     List<String> warnings, List<String> problems, List<Accepted> accepted, List<Finding> updates,
                     Origins origins) {
    public Report {
        origins = origins == null ? Origins.separate(articles) : origins;
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        rules = Map.copyOf(rules);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
        accepted = List.copyOf(accepted);
        updates = List.copyOf(updates);
    }

    /** A report with every article its own origin. */
    public Report(List<Article> articles, List<Claim> claims, List<Finding> findings, Map<String, RuleInfo> rules,
                  List<String> warnings, List<String> problems, List<Accepted> accepted, List<Finding> updates) {
        this(articles, claims, findings, rules, warnings, problems, accepted, updates, null);
    }

    /** A report without updates. */
    public Report(List<Article> articles, List<Claim> claims, List<Finding> findings, Map<String, RuleInfo> rules,
                  List<String> warnings, List<String> problems, List<Accepted> accepted) {
        this(articles, claims, findings, rules, warnings, problems, accepted, List.of(), null);
    }

    /** A report without a baseline: nothing accepted. */
    public Report(List<Article> articles, List<Claim> claims, List<Finding> findings, Map<String, RuleInfo> rules,
                  List<String> warnings, List<String> problems) {
        this(articles, claims, findings, rules, warnings, problems, List.of(), List.of(), null);
    }

    /**
     * A finding that a baseline entry accepts, with who accepted it, why and when.
     *
     * @param finding the finding as found in this run
     * @param who     who accepted it
     * @param why     the reason given
     * @param when    when (ISO date), as written in the baseline
     */
    public record Accepted(Finding finding, String who, String why, String when) {}

    /** Findings at or above the given severity. */
    public long countAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).count();
    }

    /** The article with this id: ids are "aN" in order, so by position, else by search. */
    public Article article(String id) {
        int n = number(id, 1, id.length()) - 1;
        if (n >= 0 && n < articles.size() && articles.get(n).id().equals(id)) {
            return articles.get(n);
        }
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The claim with this id. Ids are "aN.cM", the M-th claim of article N, and claims are ordered by article
     * and offset, so renderers looking up every claim of a large run stay linear.
     */
    public Claim claim(String id) {
        int dot = id.indexOf(".c");
        int n = dot > 1 ? number(id, 1, dot) : -1;
        int m = dot > 1 ? number(id, dot + 2, id.length()) : -1;
        if (n > 0 && m > 0) {
            int lo = 0;
            int hi = claims.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (number(claims.get(mid).article(), 1, claims.get(mid).article().length()) < n) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int at = lo + m - 1;
            if (at < claims.size() && claims.get(at).id().equals(id)) {
                return claims.get(at);
            }
        }
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        if (from >= to) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || v > 100_000_000) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
