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
 * <p>Average-linkage clustering, most similar pairs first, so results never depend on input order;
 * candidate pairs are found through an index from each mention's heaviest words, so a mention meets only the
 * mentions that share such a word with it rather than every other mention.
 */
final class EventAligner {

    /** Average similarity two events' mentions need to be merged into one event. */
    static final double JOIN_THRESHOLD = 0.20;
    /** Added when the mention's head word is the event's most common head ("talks" joining talks). */
    static final double HEAD_BONUS = 0.10;
    /**
     * Weight of whole-sentence similarity for mentions that are alone of their family in their sentences:
     * rewrites paraphrase sentence by sentence, so two such sentences that share most words state the same fact.
     */
    static final double PARAPHRASE_WEIGHT = 0.9;
    /** Every cross pair of two merging events must be at least this similar: no member may be a stranger to the other. */
    static final double LINK_FLOOR = 0.08;
    /** Longest list of mentions sharing an indexed word that is still paired up. */
    static final int MAX_POSTING = 200;
    /** How many of a mention's heaviest words are indexed to find candidate pairs. */
    static final int INDEXED_WORDS = 8;

    /** One aligned event: its members, in the order they were added. */
    static final class Event {
        final int number;
        final List<Mention> members = new ArrayList<>();
        String name;

        Event(int number) {
            this.number = number;
        }

        /** The most common head feature among the members, ties to the alphabetically first. */
        String mainHead() {
            Map<String, Integer> counts = new TreeMap<>();
            for (Mention x : members) {
                if (!x.head().isEmpty()) {
                    counts.merge(org.crosscheck.extract.Lexicon.feature(x.head()), 1, Integer::sum);
                }
            }
            String best = "";
            int n = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }

        void add(Mention m) {
            members.add(m);
        }
    }

    private static final boolean DEBUG = System.getenv("CROSSCHECK_DEBUG_ALIGN") != null;
    private final Map<String, Double> idf = new HashMap<>();

    EventAligner(List<Mention> all) {
        // document frequency over sentences: a sentence with many values must not count its words many times
        Map<String, Integer> df = new HashMap<>();
        Map<String, java.util.Set<String>> seen = new HashMap<>();
        for (Mention m : all) {
            String sentence = m.article() + "@" + m.sentence().start();
            for (String f : m.context().keySet()) {
                if (seen.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(sentence)) {
                    df.merge(f, 1, Integer::sum);
                }
            }
        }
        int n = (int) all.stream().map(m -> m.article() + "@" + m.sentence().start()).distinct().count();
        df.forEach((f, d) -> idf.put(f, Math.log(1.0 + (double) n / d)));
    }

    /** A pair of mentions that share a rare word, with their similarity. */
    private record Pair(int a, int b, double sim) {}

    /**
     * Clusters mentions that can be compared (same family) into events. Candidate pairs come from the
     * mentions' rarest words (so work grows with the mentions that share a word, not with all pairs); the most
     * similar pairs merge first, and two events merge only while the average similarity over all their
     * cross pairs stays above the threshold and none of them is near zero, so one mention that mentions two
     * events cannot chain them.
     */
    List<Event> align(List<Mention> family, int firstNumber, Map<String, String> surface) {
        int n = family.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        double[] norms = new double[n];
        String[] heads = new String[n];
        Map<String, List<Integer>> byWord = new HashMap<>();
        Map<String, Integer> perSentence = new HashMap<>();
        for (Mention m : family) {
            if (!m.vague()) {
                perSentence.merge(m.article() + "@" + m.sentence().start(), 1, Integer::sum);
            }
        }
        List<Map<String, Double>> sentences = new ArrayList<>(n);
        double[] sentenceNorms = new double[n];
        for (int i = 0; i < n; i++) {
            Mention m = family.get(i);
            Map<String, Double> v = vector(m);
            vectors.add(v);
            norms[i] = v.values().stream().mapToDouble(x -> x * x).sum();
            heads[i] = m.head().isEmpty() ? "" : org.crosscheck.extract.Lexicon.feature(m.head());
            Map<String, Double> whole = new TreeMap<>();
            if (!m.vague() && perSentence.get(m.article() + "@" + m.sentence().start()) == 1) {
                for (String f : m.context().keySet()) {
                    whole.put(f, idf.getOrDefault(f, 1.0));
                }
            }
            sentences.add(whole);
            sentenceNorms[i] = whole.values().stream().mapToDouble(x -> x * x).sum();
            if (m.vague()) {
                continue;
            }
            List<String> heaviest = v.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(INDEXED_WORDS).map(Map.Entry::getKey).toList();
            for (String w : heaviest) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> sims = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> posting : byWord.values()) {
            if (posting.size() > MAX_POSTING) {
                // a word heavy in hundreds of mentions names no one happening; pairing them all would be quadratic
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int i = Math.min(posting.get(x), posting.get(y));
                    int j = Math.max(posting.get(x), posting.get(y));
                    long key = (long) i * n + j;
                    // one article's mentions are linked only through other articles, so a source cannot chain
                    // its own separate events together
                    if (sims.containsKey(key) || family.get(i).article().equals(family.get(j).article())) {
                        continue;
                    }
                    double sim = similarity(family, vectors, norms, sentences, sentenceNorms, heads, i, j);
                    sims.put(key, sim);
                    if (DEBUG && sim >= 0.05) {
                        System.err.printf("pair %.2f %s %s | %s %s%n", sim, family.get(i).article(), family.get(i).quote(),
                                family.get(j).article(), family.get(j).quote());
                    }
                    if (sim >= JOIN_THRESHOLD) {
                        pairs.add(new Pair(i, j, sim));
                    }
                }
            }
        }
        pairs.sort((p, q) -> p.sim() != q.sim() ? Double.compare(q.sim(), p.sim()) : p.a() != q.a() ? p.a() - q.a() : p.b() - q.b());
        int[] owner = new int[n];
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            owner[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ga = owner[p.a()];
            int gb = owner[p.b()];
            if (ga == gb) {
                continue;
            }
            double total = 0;
            int cross = 0;
            double weakest = Double.MAX_VALUE;
            // one cross pair below the floor already rejects the merge: stop there rather than compute the rest
            // (the decision is the same; large unrelated groups met through a shared common word cost one pair, not all)
            cross:
            for (int i : groups.get(ga)) {
                for (int j : groups.get(gb)) {
                    if (!family.get(i).article().equals(family.get(j).article())) {
                        long key = (long) Math.min(i, j) * n + Math.max(i, j);
                        Double known = sims.get(key);
                        if (known == null) {
                            known = similarity(family, vectors, norms, sentences, sentenceNorms, heads, Math.min(i, j), Math.max(i, j));
                            sims.put(key, known);
                        }
                        total += known;
                        cross++;
                        weakest = Math.min(weakest, known);
                        if (weakest < LINK_FLOOR) {
                            break cross;
                        }
                    }
                }
            }
            if (cross == 0 || total / cross < JOIN_THRESHOLD || weakest < LINK_FLOOR) {
                continue;
            }
            int keep = Math.min(ga, gb);
            int gone = Math.max(ga, gb);
            for (int i : groups.get(gone)) {
                owner[i] = keep;
                groups.get(keep).add(i);
            }
            groups.get(gone).clear();
        }
        List<Event> events = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            g.sort(Integer::compare);
            Event e = new Event(firstNumber + events.size());
            for (int i : g) {
                e.add(family.get(i));
            }
            events.add(e);
        }
        if (DEBUG) {
            for (Pair p : pairs) {
                System.err.printf("%.2f %s %s | %s %s%n", p.sim(), family.get(p.a()).article(), family.get(p.a()).quote(),
                        family.get(p.b()).article(), family.get(p.b()).quote());
            }
        }
        for (Event e : events) {
            e.name = name(e, surface);
        }
        return events;
    }

    /**
     * How likely two mentions are about the same happening: the cosine of their distance-weighted contexts,
     * or, for two mentions that are alone of their family in their sentences and play the same role, of the
     * whole sentences (a rewrite that changed the value); plus a bonus when their head words agree.
     */
    private static double similarity(List<Mention> family, List<Map<String, Double>> vectors, double[] norms,
                                     List<Map<String, Double>> sentences, double[] sentenceNorms, String[] heads, int i, int j) {
        double sim = cosine(vectors.get(i), norms[i], vectors.get(j), norms[j]);
        if (family.get(i).role() == family.get(j).role()) {
            sim = Math.max(sim, PARAPHRASE_WEIGHT * cosine(sentences.get(i), sentenceNorms[i], sentences.get(j), sentenceNorms[j]));
        }
        if (!heads[i].isEmpty() && heads[i].equals(heads[j])) {
            sim += HEAD_BONUS;
        }
        return sim;
    }

    private static double cosine(Map<String, Double> a, double a2, Map<String, Double> b, double b2) {
        if (a2 == 0 || b2 == 0) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / Math.sqrt(a2 * b2);
    }

    private Map<String, Double> vector(Mention m) {
        Map<String, Double> v = new TreeMap<>();
        for (Map.Entry<String, Double> f : m.context().entrySet()) {
            v.put(f.getKey(), idf.getOrDefault(f.getKey(), 1.0) * f.getValue());
        }
        return v;
    }

    /**
     * Names an event by the words most of its sources share, heaviest first, as they are written:
     * "talks (Buenos Aires)", "tariffs escalated (triple-digit)". A lone mention is named by its head word.
     */
    private String name(Event e, Map<String, String> surface) {
        Map<String, Double> weight = new TreeMap<>();
        Map<String, java.util.Set<String>> articles = new TreeMap<>();
        for (Mention m : e.members) {
            for (Map.Entry<String, Double> f : m.context().entrySet()) {
                weight.merge(f.getKey(), f.getValue() * idf.getOrDefault(f.getKey(), 1.0), Double::sum);
                articles.computeIfAbsent(f.getKey(), k -> new java.util.TreeSet<>()).add(m.article());
            }
        }
        long sources = e.members.stream().map(Mention::article).distinct().count();
        String head = e.mainHead();
        boolean headShared = !head.isEmpty() && (sources == 1 || articles.getOrDefault(head, java.util.Set.of()).size() > 1);
        List<String> words = weight.entrySet().stream()
                .filter(x -> sources == 1 || articles.get(x.getKey()).size() > 1)
                .filter(x -> !x.getKey().equals(head))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                // a name's last word is a feature of its own ("aires" of "buenos aires"): name it once
                .filter(k -> weight.keySet().stream().noneMatch(o -> !o.equals(k) && o.endsWith(" " + k)))
                .limit(headShared ? 2 : 3).map(k -> surface.getOrDefault(k, k)).toList();
        if (!headShared) {
            return words.isEmpty() ? (head.isEmpty() ? "event" : surface.getOrDefault(head, head)) : String.join(", ", words);
        }
        String headWord = surface.getOrDefault(head, head);
        return words.isEmpty() ? headWord : headWord + " (" + String.join(", ", words) + ")";
    }

    /** The context words a mention shares with the rest of its event: the evidence for the alignment. */
    static List<String> shared(Event e, Mention m) {
        List<String> out = new ArrayList<>();
        for (String f : m.context().keySet()) {
            for (Mention other : e.members) {
                if (other != m && !other.article().equals(m.article()) && other.context().containsKey(f)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }
}
