package org.crosscheck.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.normalize.Claim;
import org.crosscheck.origin.Origin;
import org.crosscheck.origin.Origins;

/**
 * The support behind each value of a finding, counted by independent origin rather than by article (copies of one
 * story are one source, as in truth discovery's source-dependence models), and the copies that changed what they
 * repeat. Shown to a person as evidence; never a verdict on which value is true.
 */
final class Support {

    private final Map<String, Integer> articles = new LinkedHashMap<>();
    private final Map<String, List<String>> origins = new LinkedHashMap<>();
    private final List<Finding.Copying> copying = new ArrayList<>();
    private double independence = 1;

    private Support() {}

    /** The support of each value, its claims in claim order. */
    static Support of(Map<String, List<Claim>> byValue, Origins run) {
        Support s = new Support();
        // what each origin's articles say here: origin -> value -> claims
        Map<String, Map<String, List<Claim>>> told = new LinkedHashMap<>();
        byValue.forEach((value, claims) -> claims.forEach(c ->
                told.computeIfAbsent(run.originOf(c.article()), k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new ArrayList<>()).add(c)));
        Set<String> changed = new LinkedHashSet<>(); // article + value: a copy's own value, not its origin's
        for (Map.Entry<String, Map<String, List<Claim>>> o : told.entrySet()) {
            if (o.getValue().size() < 2) {
                continue;
            }
            String originId = o.getKey();
            Origin origin = run.origin(originId);
            String label = origin == null ? originId : origin.source();
            // the origin's value: what its original says, else what most of its copies say
            Map.Entry<String, List<Claim>> said = o.getValue().entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(c -> c.article().equals(originId))).findFirst()
                    .orElse(null);
            boolean fromOriginal = said != null;
            if (said == null) {
                // without the original, only a clear majority of its copies says what the story said
                List<Map.Entry<String, List<Claim>>> byCopies = o.getValue().entrySet().stream().sorted(Comparator.comparingLong(
                        (Map.Entry<String, List<Claim>> e) -> -e.getValue().stream().map(Claim::article).distinct().count())).toList();
                if (articlesOf(byCopies.get(0)) == articlesOf(byCopies.get(1))) {
                    continue;
                }
                said = byCopies.get(0);
            }
            Claim theirs = said.getValue().stream().filter(c -> c.article().equals(originId)).findFirst().orElse(said.getValue().get(0));
            for (Map.Entry<String, List<Claim>> e : o.getValue().entrySet()) {
                if (e.getKey().equals(said.getKey())) {
                    continue;
                }
                Set<String> seen = new LinkedHashSet<>();
                for (Claim c : e.getValue()) {
                    if (c.article().equals(originId) || !seen.add(c.article())) {
                        continue;
                    }
                    changed.add(c.article() + "\u0000" + e.getKey());
                    String where = fromOriginal ? label + " says" : "the other copies of " + possessive(label) + " story say";
                    s.copying.add(new Finding.Copying(c.id(), c.source(), label, e.getKey(), said.getKey(),
                            c.source() + " repeats " + possessive(label) + " story but says " + e.getKey() + " (\"" + c.text() + "\") where "
                                    + where + " " + said.getKey() + " (\"" + theirs.text() + "\")"));
                }
            }
        }
        s.copying.sort(Comparator.comparing(c -> numbered(c.claim())));
        int articleTotal = 0;
        int originTotal = 0;
        for (Map.Entry<String, List<Claim>> v : byValue.entrySet()) {
            Set<String> arts = new LinkedHashSet<>();
            Map<String, String> named = new LinkedHashMap<>(); // effective origin -> its name
            for (Claim c : v.getValue()) {
                arts.add(c.article());
                boolean own = changed.contains(c.article() + "\u0000" + v.getKey());
                String key = own ? c.article() : run.originOf(c.article());
                String label = run.label(c.article());
                named.putIfAbsent(key, own || label == null ? c.source() : label);
            }
            s.articles.put(v.getKey(), arts.size());
            s.origins.put(v.getKey(), List.copyOf(named.values()));
            articleTotal += arts.size();
            originTotal += named.size();
        }
        // 1 when every article is an origin of its own; toward 1/2 as more of the support is copies of one story
        s.independence = articleTotal == 0 ? 1 : 0.5 + 0.5 * originTotal / articleTotal;
        return s;
    }

    private static long articlesOf(Map.Entry<String, List<Claim>> e) {
        return e.getValue().stream().map(Claim::article).distinct().count();
    }

    int articles(String value) {
        return articles.getOrDefault(value, 0);
    }

    List<String> origins(String value) {
        return origins.getOrDefault(value, List.of());
    }

    List<Finding.Copying> copying() {
        return copying;
    }

    /** How much of the support is independent, 1/2..1: the finding's confidence is scaled by it. */
    double independence() {
        return independence;
    }

    /** "a2.c7" sorts before "a10.c1": numbers padded. */
    private static String numbered(String id) {
        return java.util.regex.Pattern.compile("\\d+").matcher(id).replaceAll(m -> String.format("%09d", Long.parseLong(m.group())));
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
