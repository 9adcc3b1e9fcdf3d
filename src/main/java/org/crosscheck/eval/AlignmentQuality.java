package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.Report;

/**
 * How well claims meet, over the claims that gold marks. Link recall: of the pairs of quotes in one gold group
 * that both yield a claim of the right kind, how many have claims in one event. Link precision: of the pairs of
 * gold-marked claims the check puts in one event (on different quotes), how many stand on quotes of one gold group.
 *
 * @param goldPairs   pairs of extracted quotes that state one fact
 * @param linked      of those, pairs whose claims share an event
 * @param eventPairs  pairs of gold-marked claims in one event
 * @param rightPairs  of those, pairs on quotes of one gold group
 * @param conflictsAligned gold discrepancies with two claims of different gold values in one event: what the rules
 *                    can find at most
 */
public record AlignmentQuality(long goldPairs, long linked, long eventPairs, long rightPairs, long conflictsAligned) {

    public double linkRecall() {
        return goldPairs == 0 ? 1 : (double) linked / goldPairs;
    }

    public double linkPrecision() {
        return eventPairs == 0 ? 1 : (double) rightPairs / eventPairs;
    }

    AlignmentQuality plus(AlignmentQuality o) {
        return new AlignmentQuality(goldPairs + o.goldPairs, linked + o.linked, eventPairs + o.eventPairs, rightPairs + o.rightPairs,
                conflictsAligned + o.conflictsAligned);
    }

    static AlignmentQuality of(Report report, Gold gold, GoldQuotes quotes) {
        Map<Gold.Group, List<GoldQuotes.Located>> byGroup = new java.util.LinkedHashMap<>();
        for (GoldQuotes.Located l : quotes.all()) {
            byGroup.computeIfAbsent(l.group(), k -> new ArrayList<>()).add(l);
        }
        long goldPairs = 0;
        long linked = 0;
        long conflicts = 0;
        for (Map.Entry<Gold.Group, List<GoldQuotes.Located>> g : byGroup.entrySet()) {
            if (!g.getValue().isEmpty() && g.getValue().get(0).discrepancy()) {
                Map<String, Set<String>> valuesByEvent = new HashMap<>();
                for (GoldQuotes.Located l : g.getValue()) {
                    for (Claim c : quotes.claimsOn(l)) {
                        if (l.quote().parsed().admits(c.kind())) {
                            valuesByEvent.computeIfAbsent(c.event(), k -> new HashSet<>()).add(l.quote().value());
                        }
                    }
                }
                if (valuesByEvent.values().stream().anyMatch(v -> v.size() > 1)) {
                    conflicts++;
                }
            }
        }
        for (List<GoldQuotes.Located> group : byGroup.values()) {
            List<Set<String>> events = new ArrayList<>();
            for (GoldQuotes.Located l : group) {
                GoldValue v = l.quote().parsed();
                Set<String> e = new HashSet<>();
                for (Claim c : quotes.claimsOn(l)) {
                    if (v.admits(c.kind())) {
                        e.add(c.event());
                    }
                }
                if (!e.isEmpty()) {
                    events.add(e);
                }
            }
            for (int i = 0; i < events.size(); i++) {
                for (int j = i + 1; j < events.size(); j++) {
                    goldPairs++;
                    if (!java.util.Collections.disjoint(events.get(i), events.get(j))) {
                        linked++;
                    }
                }
            }
        }
        Map<String, List<Claim>> byEvent = new HashMap<>();
        Map<Claim, List<GoldQuotes.Located>> under = new HashMap<>();
        for (Claim c : report.claims()) {
            List<GoldQuotes.Located> on = quotes.under(c);
            if (!on.isEmpty()) {
                under.put(c, on);
                byEvent.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c);
            }
        }
        long eventPairs = 0;
        long right = 0;
        for (List<Claim> members : byEvent.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    List<GoldQuotes.Located> a = under.get(members.get(i));
                    List<GoldQuotes.Located> b = under.get(members.get(j));
                    if (a.equals(b)) {
                        continue; // two claims on the same quote say nothing about alignment
                    }
                    eventPairs++;
                    if (a.stream().anyMatch(x -> b.stream().anyMatch(y -> y.group() == x.group()))) {
                        right++;
                    }
                }
            }
        }
        return new AlignmentQuality(goldPairs, linked, eventPairs, right, conflicts);
    }
}
