package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.extract.Mention;

/**
 * Groups the mentions of all articles into events: two mentions share an event when the words around them
 * (weighted by how rare they are in the run) point to the same happening.
 *
 * <p>Greedy centroid clustering in a fixed order (article, then offset), so results never depend on input
 * order; candidate events are found through an index from words to events, so each mention meets only the
 * events that share a word with it rather than every other mention.
 */
final class EventAligner {

    /** Cosine similarity a mention needs with an event's centroid to join it. */
    static final double JOIN_THRESHOLD = 0.30;

    /** One aligned event: its members and the summed word weights of their contexts. */
    static final class Event {
        final int number;
        final List<Mention> members = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        double norm2;
        String name;

        Event(int number) {
            this.number = number;
        }

        void add(Mention m, Map<String, Double> vector) {
            members.add(m);
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                double before = centroid.getOrDefault(e.getKey(), 0.0);
                double after = before + e.getValue();
                centroid.put(e.getKey(), after);
                norm2 += after * after - before * before;
            }
        }
    }

    private final Map<String, Double> idf = new HashMap<>();

    EventAligner(List<Mention> all) {
        Map<String, Integer> df = new HashMap<>();
        for (Mention m : all) {
            for (String f : m.context()) {
                df.merge(f, 1, Integer::sum);
            }
        }
        int n = all.size();
        df.forEach((f, d) -> idf.put(f, Math.log(1.0 + (double) n / d)));
    }

    /** Clusters mentions that can be compared (same family) into events, in the order given. */
    List<Event> align(List<Mention> family, int firstNumber) {
        List<Event> events = new ArrayList<>();
        Map<String, List<Event>> byWord = new HashMap<>();
        for (Mention m : family) {
            Map<String, Double> v = vector(m);
            double mNorm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            Event best = null;
            double bestSim = JOIN_THRESHOLD;
            Map<Event, Double> dots = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : v.entrySet()) {
                for (Event ev : byWord.getOrDefault(e.getKey(), List.of())) {
                    dots.merge(ev, e.getValue() * ev.centroid.get(e.getKey()), Double::sum);
                }
            }
            for (Map.Entry<Event, Double> d : dots.entrySet()) {
                double sim = mNorm == 0 || d.getKey().norm2 == 0 ? 0 : d.getValue() / (mNorm * Math.sqrt(d.getKey().norm2));
                if (sim > bestSim || sim == bestSim && best != null && d.getKey().number < best.number) {
                    bestSim = sim;
                    best = d.getKey();
                }
            }
            if (best == null) {
                best = new Event(firstNumber + events.size());
                events.add(best);
            }
            for (String f : v.keySet()) {
                if (!best.centroid.containsKey(f)) {
                    byWord.computeIfAbsent(f, k -> new ArrayList<>()).add(best);
                }
            }
            best.add(m, v);
        }
        for (Event e : events) {
            e.name = name(e);
        }
        return events;
    }

    private Map<String, Double> vector(Mention m) {
        Map<String, Double> v = new TreeMap<>();
        for (String f : m.context()) {
            v.put(f, idf.getOrDefault(f, 1.0));
        }
        return v;
    }

    /** Names an event by its most common head word and the words its sources share most. */
    private String name(Event e) {
        Map<String, Integer> heads = new TreeMap<>();
        for (Mention m : e.members) {
            if (!m.head().isEmpty()) {
                heads.merge(m.head(), 1, Integer::sum);
            }
        }
        String head = heads.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("event");
        String headStem = org.crosscheck.extract.Lexicon.stem(head);
        List<String> words = e.centroid.entrySet().stream()
                .filter(x -> !x.getKey().equals(headStem))
                .filter(x -> e.members.size() == 1 || x.getValue() > idf.getOrDefault(x.getKey(), 1.0) + 1e-9)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        return words.isEmpty() ? head : head + " (" + String.join(", ", words) + ")";
    }

    /** The context words a mention shares with the rest of its event: the evidence for the alignment. */
    static List<String> shared(Event e, Mention m) {
        List<String> out = new ArrayList<>();
        for (String f : m.context()) {
            for (Mention other : e.members) {
                if (other != m && !other.article().equals(m.article()) && other.context().contains(f)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }
}
