package org.crosscheck.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.check.Finding;
import org.crosscheck.normalize.Claim;

/**
 * Claims of several articles about the same event and attribute that no finding involves: the checks
 * that passed, shown so that readers can trust the silence.
 *
 * @param event     the event the claims are about
 * @param attribute what of the event they state
 * @param claims    the claims, in report order
 */
public record Agreement(String event, String attribute, List<Claim> claims) {
    public Agreement {
        claims = List.copyOf(claims);
    }

    /** The distinct values stated, in order of first appearance. */
    public List<String> values() {
        return claims.stream().map(Claim::value).distinct().toList();
    }

    /** Groups of claims from at least two articles that share event and attribute and are in no finding. */
    public static List<Agreement> of(Report r) {
        Set<String> inFindings = new HashSet<>();
        for (Finding f : r.findings()) {
            inFindings.addAll(f.claims());
        }
        // Accepted findings are still disagreements, not agreements.
        r.accepted().forEach(a -> inFindings.addAll(a.finding().claims()));
        Map<List<String>, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : r.claims()) {
            if (!inFindings.contains(c.id()) && c.event() != null && !c.event().isBlank()) {
                groups.computeIfAbsent(List.of(c.event(), String.valueOf(c.attribute())), k -> new ArrayList<>()).add(c);
            }
        }
        List<Agreement> out = new ArrayList<>();
        groups.forEach((key, claims) -> {
            if (claims.stream().map(Claim::article).distinct().count() >= 2) {
                out.add(new Agreement(key.get(0), key.get(1), claims));
            }
        });
        return out;
    }
}
