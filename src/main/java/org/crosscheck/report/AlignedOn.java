package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.frame.ClaimFrame;
import org.crosscheck.normalize.Claim;

/**
 * What a finding's claims were aligned on, as a reader checks it: the measure they share and how each source wrote
 * it, the names they share, and the qualifiers and years that set them apart from other facts.
 * "measure talk (written "trade talks", "talks resume", "meet"); about Lisbon, Portugal".
 */
public final class AlignedOn {

    private AlignedOn() {}

    /** The explanation for a finding's claims, or empty when they share nothing worth saying. */
    public static String of(List<Claim> claims) {
        Map<String, Set<String>> measureSources = new TreeMap<>();
        Map<String, Set<String>> written = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        for (Claim c : claims) {
            ClaimFrame f = c.frame();
            for (String m : f.measure()) {
                measureSources.computeIfAbsent(m, k -> new TreeSet<>()).add(c.source());
                if (!f.measureWords().isBlank()) {
                    written.computeIfAbsent(m, k -> new TreeSet<>()).add(f.measureWords().toLowerCase(java.util.Locale.ROOT));
                }
            }
            Set<String> who = new TreeSet<>(f.actors());
            who.addAll(f.participants());
            for (String p : who) {
                names.computeIfAbsent(p, k -> new TreeSet<>()).add(c.source());
            }
        }
        List<String> parts = new ArrayList<>();
        List<String> measures = measureSources.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        for (String m : measures.stream().limit(2).toList()) {
            Set<String> w = written.getOrDefault(m, Set.of());
            parts.add("measure " + m + (w.isEmpty() ? "" : " (written " + String.join(", ", w.stream().limit(4).map(x -> "\"" + x + "\"").toList()) + ")"));
        }
        // a name's last word is a name of its own ("lumpur" of "kuala lumpur"): say the whole name once
        List<String> shared = names.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        List<String> whole = shared.stream().filter(n -> shared.stream().noneMatch(o -> !o.equals(n) && o.endsWith(" " + n))).limit(4).toList();
        if (!whole.isEmpty()) {
            parts.add("about " + String.join(", ", whole));
        }
        Set<String> qualifiers = new TreeSet<>();
        Set<String> anchors = new TreeSet<>();
        for (Claim c : claims) {
            c.frame().qualifiers().forEach(q -> qualifiers.add(q.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            if (!c.frame().anchor().isEmpty()) {
                anchors.add(c.frame().anchor());
            }
        }
        if (!qualifiers.isEmpty()) {
            parts.add("qualified " + String.join(", ", qualifiers));
        }
        if (!anchors.isEmpty()) {
            parts.add("in " + String.join(", ", anchors));
        }
        return String.join("; ", parts);
    }
}
