package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.frame.ClaimFrame;
import org.crosscheck.extract.frame.ClaimFrame.Qualifier;

/**
 * Groups the mentions of one family (same kind and scale) from all articles into events, each event one fact:
 * mentions meet when their frames are compatible (same measure, no conflicting participant, qualifier,
 * anchor or place in a series) and the words of their clauses agree.
 *
 * <p>Average-linkage clustering, most similar pairs first, with cannot-links from the frames: two mentions whose
 * frames conflict never share an event, whatever links them through others. Candidate pairs come from an index
 * of each mention's measure, participants, neighbouring values and rarest words, so a mention meets only the
 * mentions that share one of them, never every other mention; results never depend on input order.
 */
final class FrameAligner {

    /** Average pair score (log-odds that the two state one fact) two events need to merge: even odds. */
    static final double JOIN = 0.0;
    /** Every cross pair of two merging events must score at least this (odds of about 1 in 8). */
    static final double FLOOR = -2.0;

    /** Longest posting list still paired up: a key shared by hundreds of mentions names no one fact. */
    static final int MAX_POSTING = 150;
    /** How many of a mention's rarest words are indexed. */
    static final int INDEXED_TERMS = 6;

    /** Measure concepts too general to identify a fact on their own. */
    private static final Set<String> WEAK_MEASURES = Set.of("people", "announce", "price", "time", "member", "official",
            "result", "rate", "share", "stock", "distance", "begin", "end", "schedule", "area", "disaster");

    private static final boolean DEBUG = System.getenv("CROSSCHECK_DEBUG_ALIGN") != null;
    /** A file to append every pair's features to, for fitting the weights (a development aid). */
    private static final String DUMP = System.getenv("CROSSCHECK_DUMP_FEATURES");

    private void dump(List<Mention> family, List<Map<String, Double>> vectors, double[] norms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < family.size(); i++) {
            for (int j = i + 1; j < family.size(); j++) {
                Mention x = family.get(i);
                Mention y = family.get(j);
                if (x.article().equals(y.article())) {
                    continue;
                }
                sb.append(x.kind()).append('\t').append(x.article()).append('\t').append(x.start()).append('\t')
                        .append(y.article()).append('\t').append(y.start()).append('\t')
                        .append(String.valueOf(conflictReason(x.frame(), y.frame(), x.kind())));
                for (double v : features(x, y, vectors.get(i), norms[i], vectors.get(j), norms[j])) {
                    sb.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", v));
                }
                sb.append('\n');
            }
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP), sb, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One aligned event: its members, in the order of the family. */
    static final class Event {
        final int number;
        final List<Mention> members = new ArrayList<>();
        /** For members that met disagreeing values by pooling: the log-odds of that weakest merge. */
        final Map<Mention, Double> link = new java.util.IdentityHashMap<>();
        String name;

        Event(int number) {
            this.number = number;
        }
    }

    private final Map<String, Double> idf = new HashMap<>();
    /** In how many sentences of the run each neighbouring value stands: a rare one ties two claims to one fact. */
    private final Map<String, Integer> valueSentences = new HashMap<>();

    /** Word rarity over the sentences of the whole run: the story's topic words weigh little. */
    FrameAligner(List<Mention> all) {
        Map<String, Integer> df = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        for (Mention m : all) {
            String sentence = m.article() + "@" + m.sentence().start();
            sentences.add(sentence);
            for (String t : m.frame().terms().keySet()) {
                if (seen.add(t + "\u0000" + sentence)) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        int n = sentences.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (double) n / d)));
        Set<String> counted = new HashSet<>();
        for (Mention m : all) {
            String sentence = m.article() + "@" + m.sentence().start();
            for (String v : m.frame().values()) {
                if (counted.add(v + "\u0000" + sentence)) {
                    valueSentences.merge(v, 1, Integer::sum);
                }
            }
            // the value itself counts as standing in its sentence, so "$42 billion" beside a date is rare if said rarely
            String own = (m.kind() + "|" + m.scale()).toLowerCase(java.util.Locale.ROOT) + "=" + m.value();
            if (counted.add(own + "\u0000" + sentence)) {
                valueSentences.merge(own, 1, Integer::sum);
            }
        }
    }

    private record Pair(int a, int b, double score) {}

    /** The distinct values the family's mentions give each measure: a measure given few values names one fact. */
    private final Map<String, Set<String>> valuesByMeasure = new HashMap<>();

    /** For each measure, how many groups of near values the family gives it ({@link #clusters}). */
    private final Map<String, Integer> valueClusters = new HashMap<>();

    /** Values within this share of the larger run together: one fact's slips and roundings ("1.5 miles", "2.6 km"). */
    static final double CLUSTER_GAP = 0.1;

    /** How many groups of values there are when values closer than {@link #CLUSTER_GAP} of the larger run together. */
    static int clusters(Set<String> values) {
        List<double[]> v = new ArrayList<>();
        for (String x : values) {
            int slash = x.indexOf('/');
            v.add(new double[] {Double.parseDouble(x.substring(0, slash)), Double.parseDouble(x.substring(slash + 1))});
        }
        v.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int groups = 0;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] x : v) {
            if (groups == 0 || x[0] - high > CLUSTER_GAP * Math.max(Math.abs(x[1]), Math.abs(high))) {
                groups++;
            }
            high = Math.max(high, x[1]);
        }
        return groups;
    }

    /** Most distinct values a measure may have in a family and still name one fact ("22 crew", "a crew of 21"). */
    static final int DISTINCTIVE_VALUES = 3;
    /**
     * Weight of a shared distinctive measure for numbers, set by hand on the dev set: "22 crew" and "a crew of 21" meet,
     * "240 seats" and "234 seats" of an election with a dozen tallies do not. Dates and times get none: their measures
     * are actions ("began", "announced") that many facts share, and any weight cost link precision there.
     */
    static final double DISTINCTIVE_WEIGHT = 1.0;

    private boolean distinctive(Set<String> shared) {
        for (String m : shared) {
            if (!WEAK_MEASURES.contains(m) && valueClusters.getOrDefault(m, 0) <= DISTINCTIVE_VALUES) {
                return true;
            }
        }
        return false;
    }

    List<Event> align(List<Mention> family, int firstNumber) {
        int n = family.size();
        valuesByMeasure.clear();
        for (Mention m : family) {
            if (!m.vague()) {
                for (String x : m.frame().measure()) {
                    valuesByMeasure.computeIfAbsent(x, k -> new HashSet<>()).add(m.low() + "/" + m.high());
                }
            }
        }
        valueClusters.clear();
        valuesByMeasure.forEach((measure, values) -> valueClusters.put(measure, clusters(values)));
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        double[] norms = new double[n];
        Map<String, List<Integer>> index = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = family.get(i);
            Map<String, Double> v = new HashMap<>();
            m.frame().terms().forEach((t, w) -> v.put(t, w * idf.getOrDefault(t, 1.0)));
            vectors.add(v);
            norms[i] = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (m.vague()) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            m.frame().measure().forEach(x -> keys.add("m:" + x));
            m.frame().participants().forEach(x -> keys.add("p:" + x));
            m.frame().values().forEach(x -> keys.add("v:" + x));
            v.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(INDEXED_TERMS).forEach(e -> keys.add("t:" + e.getKey()));
            for (String k : keys) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        if (DUMP != null) {
            dump(family, vectors, norms);
        }
        Map<Long, Double> scores = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> posting : index.values()) {
            if (posting.size() > MAX_POSTING) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int i = posting.get(x);
                    int j = posting.get(y);
                    long key = (long) i * n + j;
                    if (scores.containsKey(key) || family.get(i).article().equals(family.get(j).article())) {
                        continue;
                    }
                    double s = score(family.get(i), family.get(j), vectors.get(i), norms[i], vectors.get(j), norms[j]);
                    scores.put(key, s);
                    if (DEBUG) {
                        System.err.printf(java.util.Locale.ROOT, "pair %.2f\t%s\t%d\t%s\t%d\t%s%n", s, family.get(i).article(), family.get(i).start(),
                                family.get(j).article(), family.get(j).start(),
                                java.util.Arrays.toString(features(family.get(i), family.get(j), vectors.get(i), norms[i], vectors.get(j), norms[j])));
                    }
                    if (s >= JOIN) {
                        pairs.add(new Pair(i, j, s));
                    }
                }
            }
        }
        pairs.sort((p, q) -> p.score() != q.score() ? Double.compare(q.score(), p.score()) : p.a() != q.a() ? p.a() - q.a() : p.b() - q.b());
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
            if (!mergeable(family, groups.get(ga), groups.get(gb), vectors, norms, scores, n)) {
                continue;
            }
            int keep = Math.min(ga, gb);
            int gone = Math.max(ga, gb);
            for (int i : groups.get(gone)) {
                owner[i] = keep;
                groups.get(keep).add(i);
            }
            groups.get(gone).clear();
            if (DEBUG) {
                System.err.printf("join %.2f %s %s | %s %s%n", p.score(), family.get(p.a()).article(), family.get(p.a()).quote(),
                        family.get(p.b()).article(), family.get(p.b()).quote());
            }
        }
        double[] link = new double[n];
        java.util.Arrays.fill(link, Double.POSITIVE_INFINITY);
        mergeDisagreeing(family, groups, owner, vectors, norms, index, link);
        List<Event> events = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            Collections.sort(g);
            Event e = new Event(firstNumber + events.size());
            for (int i : g) {
                e.members.add(family.get(i));
                if (link[i] != Double.POSITIVE_INFINITY) {
                    e.link.put(family.get(i), link[i]);
                }
            }
            events.add(e);
        }
        return events;
    }

    /** A candidate merge of two events whose values disagree, scored on the events as a whole. */
    private record EventPair(int a, int b, double score) {}

    /**
     * The second pass: an event whose value disagrees with another's is compared with that event as a whole, its
     * members' measures, participants and words pooled. One outlet's wording of a fact seldom matches every other
     * outlet's, but it matches what the outlets that agree with each other say between them. Two events merge when
     * the pooled score reaches {@link #JOIN_POOLED} and no two of their members conflict.
     */
    private void mergeDisagreeing(List<Mention> family, List<List<Integer>> groups, int[] owner, List<Map<String, Double>> vectors,
                                  double[] norms, Map<String, List<Integer>> index, double[] link) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<EventPair> candidates = new ArrayList<>();
        int n = family.size();
        for (List<Integer> posting : index.values()) {
            if (posting.size() > MAX_POSTING) {
                continue;
            }
            java.util.TreeSet<Integer> owners = new java.util.TreeSet<>();
            for (int i : posting) {
                owners.add(owner[i]);
            }
            List<Integer> list = new ArrayList<>(owners);
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int ga = list.get(x);
                    int gb = list.get(y);
                    if (!seen.add((long) ga * n + gb) || !disagree(family, groups.get(ga), groups.get(gb))) {
                        continue;
                    }
                    double score = pooledScore(family, groups.get(ga), groups.get(gb), vectors);
                    if (DEBUG) {
                        System.err.printf(java.util.Locale.ROOT, "candidate %.2f %s | %s%n", score, family.get(groups.get(ga).get(0)).quote(),
                                family.get(groups.get(gb).get(0)).quote());
                    }
                    if (score >= JOIN_POOLED) {
                        candidates.add(new EventPair(ga, gb, score));
                    }
                }
            }
        }
        candidates.sort((p, q) -> p.score() != q.score() ? Double.compare(q.score(), p.score()) : p.a() != q.a() ? p.a() - q.a() : p.b() - q.b());
        for (EventPair p : candidates) {
            int ga = owner[groups.get(p.a()).isEmpty() ? 0 : groups.get(p.a()).get(0)];
            int gb = owner[groups.get(p.b()).isEmpty() ? 0 : groups.get(p.b()).get(0)];
            if (groups.get(p.a()).isEmpty() || groups.get(p.b()).isEmpty() || ga == gb) {
                continue; // one side was merged already in this pass: its pooled frame is no longer what was scored
            }
            String incompatible = incompatibility(family, groups.get(ga), groups.get(gb));
            if (incompatible != null) {
                if (DEBUG) {
                    System.err.printf("incompatible %s | %s: %s%n", family.get(groups.get(ga).get(0)).quote(),
                            family.get(groups.get(gb).get(0)).quote(), incompatible);
                }
                continue;
            }
            if (DEBUG) {
                System.err.printf("pooled %.2f %s | %s%n", p.score(), family.get(groups.get(ga).get(0)).quote(), family.get(groups.get(gb).get(0)).quote());
            }
            int keep = Math.min(ga, gb);
            int gone = Math.max(ga, gb);
            for (int i : groups.get(ga)) {
                link[i] = Math.min(link[i], p.score());
            }
            for (int i : groups.get(gb)) {
                link[i] = Math.min(link[i], p.score());
            }
            for (int i : groups.get(gone)) {
                owner[i] = keep;
                groups.get(keep).add(i);
            }
            groups.get(gone).clear();
        }
    }

    /** Average pooled score a merge of disagreeing events needs. */
    static final double JOIN_POOLED = 0;

    private static boolean disagree(List<Mention> family, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                Mention x = family.get(i);
                Mention y = family.get(j);
                if (!x.article().equals(y.article()) && (x.kind() == ClaimKind.PLACE ? !x.value().equalsIgnoreCase(y.value())
                        : x.high() < y.low() || y.high() < x.low())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Why two events cannot merge: the first pair of members whose frames conflict, one stating when something was
     * said and the other when it happened, or one article's two different values in one sentence; null when none.
     */
    private static String incompatibility(List<Mention> family, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                Mention x = family.get(i);
                Mention y = family.get(j);
                String why = conflictReason(x.frame(), y.frame(), x.kind());
                if (why == null && statementAndEvent(x, y)) {
                    why = "statement-event";
                }
                if (why == null && x.article().equals(y.article()) && x.sentence().start() == y.sentence().start() && x.low() != y.low()) {
                    why = "one sentence";
                }
                if (why != null) {
                    return DEBUG ? why + " (" + x.article() + " " + x.quote() + " / " + y.article() + " " + y.quote() + ")" : why;
                }
            }
        }
        return null;
    }

    /** No two members conflict, and no article states two different values of it in one sentence. */
    private static boolean compatible(List<Mention> family, List<Integer> a, List<Integer> b) {
        return incompatibility(family, a, b) == null;
    }

    /**
     * The pair score of two events' pooled frames: measures, participants and neighbouring values united, words
     * summed. Pooled frames that name different actors, or (for numbers) measure different things, never merge; and
     * they must share something specific: a measure, an actor, a neighbouring value or enough words.
     */
    private double pooledScore(List<Mention> family, List<Integer> a, List<Integer> b, List<Map<String, Double>> vectors) {
        Set<String> ma = new HashSet<>();
        Set<String> mb = new HashSet<>();
        Set<String> pa = new HashSet<>();
        Set<String> pb = new HashSet<>();
        Set<String> va = new HashSet<>();
        Set<String> vb = new HashSet<>();
        Map<String, Double> ta = new HashMap<>();
        Map<String, Double> tb = new HashMap<>();
        int anchoredA = 0;
        int anchoredB = 0;
        Set<String> aa = new HashSet<>();
        Set<String> ab = new HashSet<>();
        for (int i : a) {
            ClaimFrame f = family.get(i).frame();
            aa.addAll(f.actors());
            ma.addAll(f.measure());
            pa.addAll(f.participants());
            va.addAll(f.values());
            vectors.get(i).forEach((t, w) -> ta.merge(t, w, Double::sum));
            anchoredA += f.anchor().isEmpty() ? 0 : 1;
        }
        for (int j : b) {
            ClaimFrame f = family.get(j).frame();
            ab.addAll(f.actors());
            mb.addAll(f.measure());
            pb.addAll(f.participants());
            vb.addAll(f.values());
            vectors.get(j).forEach((t, w) -> tb.merge(t, w, Double::sum));
            anchoredB += f.anchor().isEmpty() ? 0 : 1;
        }
        Mention x = family.get(a.get(0));
        boolean numeric = x.kind() != ClaimKind.DATE && x.kind() != ClaimKind.TIME && x.kind() != ClaimKind.PLACE;
        if ((numeric || ACTORS_FOR_DATES) && !aa.isEmpty() && !ab.isEmpty() && !sameParticipants(aa, ab)) {
            return -1;
        }
        double[] f = new double[FEATURES.length];
        Set<String> shared = new HashSet<>(ma);
        shared.retainAll(mb);
        boolean measured = x.kind() == ClaimKind.COUNT || x.kind() == ClaimKind.RATE || x.kind() == ClaimKind.QUANTITY;
        if (measured && shared.isEmpty() && !ma.isEmpty() && !mb.isEmpty()) {
            return -1;
        }
        if (shared.stream().anyMatch(m -> !WEAK_MEASURES.contains(m))) {
            f[0] = 1;
        } else if (!shared.isEmpty()) {
            f[1] = 1;
        } else if (!ma.isEmpty() && !mb.isEmpty()) {
            f[2] = 1;
        }
        if (!pa.isEmpty() && !pb.isEmpty()) {
            if (!sameParticipants(pa, pb)) {
                f[4] = 1;
            } else {
                f[3] = 1;
            }
        }
        f[5] = coValues(va, vb);
        f[13] = distinctive(shared) ? 1 : 0;
        f[14] = a.stream().allMatch(i -> family.get(i).frame().qualifiers().contains(Qualifier.PREVIOUS))
                && b.stream().allMatch(j -> family.get(j).frame().qualifiers().contains(Qualifier.PREVIOUS)) && !shared.isEmpty() ? 1 : 0;
        f[7] = cosine(ta, norm(ta), tb, norm(tb));
        f[8] = (anchoredA * 2 > a.size()) != (anchoredB * 2 > b.size()) ? 1 : 0;
        double gap = Double.MAX_VALUE;
        for (int i : a) {
            for (int j : b) {
                gap = Math.min(gap, gap(family.get(i), family.get(j)));
            }
        }
        f[9] = gap <= 1 ? 1 : 0;
        f[10] = gap >= 5 ? 1 : 0;
        f[11] = coValueClash(va, vb) ? 1 : 0;
        for (int i : a) {
            for (int j : b) {
                f[12] = Math.max(f[12], rewrite(family.get(i).frame().sentence(), family.get(j).frame().sentence()));
            }
        }
        if (gap >= (numeric ? FAR_NUMBERS : 5) && (numeric || x.kind() == ClaimKind.TIME || x.kind() == ClaimKind.DATE && narrow(family, a) && narrow(family, b))) {
            // a slip is a near miss: a day, an hour, a tenth; values far apart in events that only pool to meet are two facts
            return -1;
        }
        boolean specific = f[0] > 0 || f[3] > 0 || f[5] > 0 || f[7] >= POOLED_MIN_TERMS || f[12] > 0 || !aa.isEmpty() && !ab.isEmpty();
        if (DATED_NEEDS_MEASURE && !numeric && shared.isEmpty() && f[12] < 0.3 && f[5] == 0) {
            return -1; // two days meet only as days of one thing: a shared measure, a rewritten sentence or a value beside them
        }
        if (!specific) {
            return -1;
        }
        boolean dated = x.kind() == ClaimKind.DATE || x.kind() == ClaimKind.TIME;
        double[] w = dated ? DATED_WEIGHTS : NUMBER_WEIGHTS;
        double s = dated ? DATED_BIAS : NUMBER_BIAS;
        for (int i = 0; i < f.length; i++) {
            s += w[i] * f[i];
        }
        if (DEBUG) {
            System.err.printf(java.util.Locale.ROOT, "pooled features %.2f %s | %s %s%n", s, x.quote(), family.get(b.get(0)).quote(), java.util.Arrays.toString(f));
        }
        return s;
    }

    /** Word similarity that alone makes two pooled frames specific enough to compare. */
    static final double POOLED_MIN_TERMS = 0.25;
    static final boolean DATED_NEEDS_MEASURE = true;
    /** Dates compare actors too: theirs are read only right beside the date, so they are reliable enough. */
    static final boolean ACTORS_FOR_DATES = true;

    /** Numbers further apart than this (in tenths of the larger) never meet by pooling: one a fifth of the other or less ("by a hundredth" and "in 12.62"). */
    static final double FAR_NUMBERS = 8;

    /** Every member dates a day or a week, not a month or a year. */
    private static boolean narrow(List<Mention> family, List<Integer> members) {
        return members.stream().allMatch(i -> family.get(i).high() - family.get(i).low() <= 7);
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }

    /**
     * Two events merge while the average score over their cross pairs (mentions of different articles) reaches
     * {@link #JOIN}, no cross pair is below {@link #FLOOR}, and no two members conflict, even of one article: a
     * source's two values in one sentence are two facts, and so are a "previous" and a "new" value.
     */
    private boolean mergeable(List<Mention> family, List<Integer> a, List<Integer> b, List<Map<String, Double>> vectors,
                              double[] norms, Map<Long, Double> scores, int n) {
        double total = 0;
        int cross = 0;
        int disagreements = 0;
        for (int i : a) {
            for (int j : b) {
                Mention x = family.get(i);
                Mention y = family.get(j);
                if (x.article().equals(y.article())) {
                    if (x.sentence().start() == y.sentence().start() && x.low() != y.low() || conflict(x.frame(), y.frame(), x.kind())) {
                        return false;
                    }
                    continue;
                }
                boolean disagree = x.kind() == ClaimKind.PLACE ? !x.value().equalsIgnoreCase(y.value()) : x.high() < y.low() || y.high() < x.low();
                int lo = Math.min(i, j);
                int hi = Math.max(i, j);
                long key = (long) lo * n + hi;
                Double s = scores.get(key);
                if (s == null) {
                    s = score(family.get(lo), family.get(hi), vectors.get(lo), norms[lo], vectors.get(hi), norms[hi]);
                    scores.put(key, s);
                }
                if (s < FLOOR) {
                    return false;
                }
                total += s;
                cross++;
                if (disagree) {
                    disagreements++;
                }
            }
        }
        // disagreeing values meet only in the second pass, event against event (mergeDisagreeing)
        return cross > 0 && total / cross >= JOIN && disagreements == 0;
    }

    /** How likely two mentions of different articles state one fact; below zero when their frames conflict. */
    double score(Mention x, Mention y, Map<String, Double> vx, double nx, Map<String, Double> vy, double ny) {
        if (conflict(x.frame(), y.frame(), x.kind()) || statementAndEvent(x, y)) {
            return -1;
        }
        double[] f = features(x, y, vx, nx, vy, ny);
        boolean dated = x.kind() == ClaimKind.DATE || x.kind() == ClaimKind.TIME;
        double[] w = dated ? DATED_WEIGHTS : NUMBER_WEIGHTS;
        double s = dated ? DATED_BIAS : NUMBER_BIAS;
        for (int i = 0; i < f.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    /**
     * Two dates of "the first X since" or "the last time X": both the previous one of something, a reading rare
     * enough that sharing it says more than any word (set by hand, as the distinctive measure's weight).
     */
    static final double PREVIOUS_WEIGHT = 2.5;
    /** Names of the pair features, in the order of {@link #features}. */
    static final String[] FEATURES = {"strong measure", "weak measure", "measure clash", "participants", "participant clash",
        "co-values", "same value", "terms", "one anchor", "near value", "far value", "co-value clash", "rewrite", "distinctive measure",
        "both previous"};
    /**
     * Weights of the features for numbers (counts, rates, quantities, durations, ordinals), and the bias: the
     * log-odds of a logistic regression fitted on pairs of gold-marked claims of the development set (16 stories),
     * with the weight of an equal value capped so that an equal value alone never joins two claims; the last, a shared
     * distinctive measure, added by hand afterwards.
     */
    static final double[] NUMBER_WEIGHTS = {0.14, -0.98, -0.36, 0.58, 0.0, 1.16, 2.0, 3.87, -0.73, 1.08, -1.07, -0.46, 1.27, DISTINCTIVE_WEIGHT, 0.0};
    static final double NUMBER_BIAS = -2.16;
    /** The same for dates and times, fitted on their own pairs: what is dated is said in many more ways. */
    static final double[] DATED_WEIGHTS = {1.18, 1.31, -0.10, 0.72, 0.11, 1.18, 2.0, 4.85, 0.13, 1.95, -0.78, -0.23, 1.76, 0.0, PREVIOUS_WEIGHT};
    static final double DATED_BIAS = -4.00;

    double[] features(Mention x, Mention y, Map<String, Double> vx, double nx, Map<String, Double> vy, double ny) {
        ClaimFrame a = x.frame();
        ClaimFrame b = y.frame();
        double[] f = new double[FEATURES.length];
        Set<String> shared = new HashSet<>(a.measure());
        shared.retainAll(b.measure());
        boolean strong = shared.stream().anyMatch(m -> !WEAK_MEASURES.contains(m));
        if (strong) {
            f[0] = 1;
        } else if (!shared.isEmpty()) {
            f[1] = 1;
        } else if (!a.measure().isEmpty() && !b.measure().isEmpty()
                && !(x.kind() == ClaimKind.COUNT && (a.measureWords().isEmpty() || b.measureWords().isEmpty()))) {
            // a count's verb ("which won 158") says what happened, not what was counted: no clash with "158 seats"
            f[2] = 1;
        }
        if (!a.participants().isEmpty() && !b.participants().isEmpty()) {
            if (!sameParticipants(a.participants(), b.participants())) {
                f[4] = 1;
            } else {
                f[3] = 1;
            }
        }
        f[5] = coValues(a.values(), b.values());
        f[13] = distinctive(shared) ? 1 : 0;
        f[14] = a.qualifiers().contains(Qualifier.PREVIOUS) && b.qualifiers().contains(Qualifier.PREVIOUS) && !shared.isEmpty() ? 1 : 0;
        f[11] = coValueClash(a.values(), b.values()) ? 1 : 0;
        f[12] = rewrite(a.sentence(), b.sentence());
        f[6] = sameValue(x, y) ? 1 : 0;
        f[7] = cosine(vx, nx, vy, ny);
        f[8] = a.anchor().isEmpty() != b.anchor().isEmpty() ? 1 : 0;
        if (f[6] == 0) {
            double gap = gap(x, y);
            f[9] = gap <= 1 ? 1 : 0;
            f[10] = gap >= 5 ? 1 : 0;
        }
        return f;
    }

    /** Words of names that name no one in particular: "the Labour Party" and "Labour" are one participant. */
    private static final Set<String> NAME_FILLERS = Set.of("party", "group", "republic", "united", "national", "company",
            "corp", "corporation", "inc", "ltd", "the", "of", "and", "democratic", "people", "federal", "state", "states",
            "new", "north", "south", "east", "west", "air", "bank", "international", "holdings", "association", "council");

    /**
     * Two sets of participants name someone in common: a shared name, or a shared distinctive word of one ("Labour
     * Party" and "Labour", "DR Congo" and "Democratic Republic of Congo").
     */
    static boolean sameParticipants(Set<String> a, Set<String> b) {
        if (!Collections.disjoint(a, b)) {
            return true;
        }
        a = cores(a);
        b = cores(b);
        if (!Collections.disjoint(a, b)) {
            return true;
        }
        Set<String> words = new HashSet<>();
        for (String x : a) {
            for (String w : x.split("[\\s-]+")) {
                if (w.length() >= 3 && !NAME_FILLERS.contains(w)) {
                    words.add(w);
                }
            }
        }
        for (String y : b) {
            for (String w : y.split("[\\s-]+")) {
                if (words.contains(w)) {
                    return true;
                }
            }
        }
        for (String x : a) {
            for (String y : b) {
                if (initialism(x, y) || initialism(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "x-led", "x-backed" before a name: the alliance a party leads is not that party. */
    private static final java.util.regex.Pattern LED_BY = java.util.regex.Pattern.compile(
            "^\\S+-(?:led|backed|run|owned|controlled|based|born)\\s+");

    /** The names with what leads, backs or owns them taken off: "bjp-led national democratic alliance" is the alliance. */
    private static Set<String> cores(Set<String> names) {
        if (names.stream().noneMatch(n -> n.indexOf('-') >= 0)) {
            return names; // the common case, on every candidate pair: nothing to take off
        }
        Set<String> out = new HashSet<>();
        for (String n : names) {
            out.add(LED_BY.matcher(n).replaceFirst(""));
        }
        return out;
    }

    private static final Set<String> INITIAL_SKIPS = Set.of("of", "the", "and", "for", "&");

    /** "nda" and "national democratic alliance": a short name that is the initials of a longer one. */
    static boolean initialism(String shortName, String longName) {
        if (shortName.length() < 2 || shortName.length() > 6 || shortName.contains(" ") || !longName.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : longName.split("[\\s-]+")) {
            if (!w.isEmpty() && !INITIAL_SKIPS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(shortName);
    }

    private static boolean sameValue(Mention x, Mention y) {
        return x.kind() == ClaimKind.PLACE ? x.value().equalsIgnoreCase(y.value()) : x.low() == y.low() && x.high() == y.high();
    }

    /**
     * How much of the shorter of two sentences the longer repeats, above two fifths: a rewrite of one sentence by another
     * outlet ("tariffs escalated to triple-digit rates on both sides, and Beijing cut off rare earths") scores near 1,
     * two sentences that only share the story's topic words near 0.
     */
    double rewrite(Set<String> a, Set<String> b) {
        if (a.size() < 5 || b.size() < 5) {
            return 0;
        }
        // whole sentences, every word weighted by its rarity in the run: the share of the rarer sentence's weight
        // that the other repeats
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        double all = 0;
        double shared = 0;
        for (String w : small) {
            double weight = idf.getOrDefault(w, 1.0);
            all += weight;
            if (large.contains(w)) {
                shared += weight;
            }
        }
        double overlap = all == 0 ? 0 : shared / all;
        return Math.max(0, (overlap - 0.4) / 0.6);
    }

    /** 1 when the clauses share a neighbouring value, 2 when that value is rare in the run (in three sentences or fewer). */
    private double coValues(Set<String> a, Set<String> b) {
        double best = 0;
        for (String v : a) {
            if (b.contains(v)) {
                best = Math.max(best, valueSentences.getOrDefault(v, 99) <= RARE_VALUE ? 2 : 1);
            }
        }
        return best;
    }

    /** A neighbouring value stated in at most this many sentences of the run is rare. */
    static final int RARE_VALUE = 3;

    /** Both clauses state a value of one family beside theirs, and the values differ: "a 5.7 tremor at 16:06", "a 6.1 jolt at 16:18". */
    static boolean coValueClash(Set<String> a, Set<String> b) {
        for (String x : a) {
            int eq = x.indexOf('=');
            String family = x.substring(0, eq + 1);
            boolean same = false;
            boolean other = false;
            for (String y : b) {
                if (y.startsWith(family)) {
                    if (y.equals(x)) {
                        same = true;
                    } else {
                        other = true;
                    }
                }
            }
            if (other && !same) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far apart two values are, in units of a near miss: 1 is a day, an hour, or a tenth of the larger
     * number; reporters' slips are mostly within one such unit, values of different facts mostly far beyond.
     */
    static double gap(Mention x, Mention y) {
        if (x.kind() == ClaimKind.PLACE) {
            return x.value().equalsIgnoreCase(y.value()) ? 0 : 5; // places have names, not magnitudes
        }
        double d = Math.max(0, Math.max(x.low() - y.high(), y.low() - x.high()));
        double wx = x.high() - x.low();
        double wy = y.high() - y.low();
        if (x.kind() == ClaimKind.DATE && !x.scale().equals("weekday") && Math.min(wx, wy) <= 7 && Math.max(wx, wy) > 27) {
            return 2; // a day and the year it falls in neither agree nor nearly agree: they say little of each other
        }
        if (x.kind() == ClaimKind.DATE && Math.min(wx, wy) > 27) {
            return d / 30.0 / Math.max(1, Math.min(wx, wy) / 31.0); // months apart in months, years apart in years
        }
        return switch (x.kind()) {
            case DATE -> x.scale().equals("weekday") ? Math.min(d, 7 - d) : d;
            case TIME -> Math.min(d, 1440 - d) / 60.0;
            default -> {
                double size = Math.max(Math.abs(x.high()), Math.abs(y.high()));
                yield size == 0 ? 0 : d / (0.1 * size);
            }
        };
    }

    /**
     * Frames that cannot state one fact: a previous and a new level, a change and a level, a forecast and an
     * outcome, a threshold and a result, two anchors in time, two places in a series; for numbers also two
     * different counted things or two different participants.
     */
    static boolean conflict(ClaimFrame a, ClaimFrame b, ClaimKind kind) {
        return conflictReason(a, b, kind) != null;
    }

    /** Why two frames cannot state one fact, or null when they can. */
    static String conflictReason(ClaimFrame a, ClaimFrame b, ClaimKind kind) {
        boolean numeric = kind != ClaimKind.DATE && kind != ClaimKind.TIME && kind != ClaimKind.PLACE;
        if (opposed(a, b, Qualifier.PREVIOUS, Qualifier.NEW)) {
            return "previous-new";
        }
        if (opposed(a, b, Qualifier.RANGE_LOW, Qualifier.RANGE_HIGH)) {
            return "range-ends"; // the bottom of one range and the top of another are two facts
        }
        if (opposed(a, b, Qualifier.ADJUSTED, Qualifier.STATUTORY)) {
            return "basis"; // an adjusted margin and the accounting standard's margin are two figures
        }
        if (!numeric && a.qualifiers().contains(Qualifier.PREVIOUS) != b.qualifiers().contains(Qualifier.PREVIOUS)) {
            return "previous"; // the day of the previous cut is not the day of this one, however alike the words
        }
        if (numeric) {
            for (Qualifier q : List.of(Qualifier.FORECAST, Qualifier.NEEDED)) {
                if (a.qualifiers().contains(q) != b.qualifiers().contains(q)) {
                    return q.name().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        if ((kind == ClaimKind.RATE || kind == ClaimKind.COUNT)
                && a.qualifiers().contains(Qualifier.CHANGE) != b.qualifiers().contains(Qualifier.CHANGE)) {
            return "change";
        }
        if (!a.anchor().isEmpty() && !b.anchor().isEmpty() && !a.anchor().startsWith(b.anchor()) && !b.anchor().startsWith(a.anchor())) {
            return "anchor";
        }
        if (a.series() > 0 && b.series() > 0 && a.series() != b.series()) {
            return "series";
        }
        if (!numeric && (beginsOnly(a) && endsOnly(b) || endsOnly(a) && beginsOnly(b))) {
            return "start-end"; // when the talks began and when they ended are two facts
        }
        if (a.qualifiers().contains(Qualifier.OTHER) != b.qualifiers().contains(Qualifier.OTHER)) {
            return "other";
        }
        if ((numeric || ACTORS_FOR_DATES) && !a.actors().isEmpty() && !b.actors().isEmpty() && !sameParticipants(a.actors(), b.actors())) {
            // one party's seats and another's, one runner's time and another's, one agency's magnitude and another's
            return "participants";
        }
        if (kind == ClaimKind.COUNT && !a.measure().isEmpty() && !b.measure().isEmpty() && Collections.disjoint(a.measure(), b.measure())
                && !a.measureWords().isEmpty() && !b.measureWords().isEmpty()
                && !a.measure().contains("people") && !b.measure().contains("people")) {
            return "counted"; // "140 passengers" and "five crew"; but "145 people" may be either, or both
        }
        return null;
    }

    /** One frame carries {@code x} and the other {@code y}: a previous level and a new one, a range's two bounds. */
    private static boolean opposed(ClaimFrame a, ClaimFrame b, Qualifier x, Qualifier y) {
        return a.qualifiers().contains(x) && b.qualifiers().contains(y) || a.qualifiers().contains(y) && b.qualifiers().contains(x);
    }

    /** "The office said on Wednesday" and "the quake struck on Tuesday": when something was said is not when it happened. */
    static boolean statementAndEvent(Mention x, Mention y) {
        return (x.kind() == ClaimKind.DATE || x.kind() == ClaimKind.TIME)
                && (x.role() == org.crosscheck.extract.Role.STATEMENT) != (y.role() == org.crosscheck.extract.Role.STATEMENT);
    }

    private static boolean beginsOnly(ClaimFrame f) {
        return f.measure().contains("begin") && !f.measure().contains("end");
    }

    private static boolean endsOnly(ClaimFrame f) {
        return f.measure().contains("end") && !f.measure().contains("begin");
    }

    private static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
        if (na == 0 || nb == 0) {
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
        return dot / (na * nb);
    }

    /**
     * What a mention shares with the other members of its event, for the report: the measure, participants and
     * words its frame has in common with another source's member ("measure seat; about labour; words vote, commons").
     */
    static String alignedOn(Event e, Mention m) {
        Set<String> measure = new TreeSet<>();
        Set<String> participants = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        for (Mention o : e.members) {
            if (o == m || o.article().equals(m.article())) {
                continue;
            }
            for (String x : m.frame().measure()) {
                if (o.frame().measure().contains(x)) {
                    measure.add(x);
                }
            }
            for (String x : m.frame().participants()) {
                if (o.frame().participants().contains(x)) {
                    participants.add(x);
                }
            }
            for (String x : m.frame().terms().keySet()) {
                if (o.frame().terms().containsKey(x) && m.frame().terms().get(x) >= 0.3 && o.frame().terms().get(x) >= 0.3) {
                    words.add(x);
                }
            }
        }
        words.removeAll(measure);
        words.removeAll(participants);
        List<String> parts = new ArrayList<>();
        if (!measure.isEmpty()) {
            parts.add("measure " + String.join(" / ", measure));
        }
        if (!participants.isEmpty()) {
            parts.add("about " + String.join(", ", participants));
        }
        if (!words.isEmpty()) {
            parts.add("words " + String.join(", ", words.stream().limit(6).toList()));
        }
        return String.join("; ", parts);
    }

    /**
     * An event's name: the measure most of its members share, as a concept ("talk", "dead", "take office"), and the
     * participant most of them name: "talk (kuala lumpur)". Without a measure, the words most of them were written with.
     */
    static String name(Event e) {
        Map<String, Integer> measures = new TreeMap<>();
        Map<String, Integer> words = new TreeMap<>();
        Map<String, Integer> who = new TreeMap<>();
        for (Mention m : e.members) {
            m.frame().measure().forEach(x -> measures.merge(x, 1, Integer::sum));
            if (!m.frame().measureWords().isEmpty()) {
                words.merge(m.frame().measureWords().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
            Set<String> names = new TreeSet<>(m.frame().actors());
            names.addAll(m.frame().participants());
            for (String p : names) {
                who.merge(p, 1, Integer::sum);
            }
        }
        // "begin" and "end" say which day of the event a date is (the finding already says "start date of"), not
        // what the event is: "the talks, due to start on Saturday" is about talks.
        if (measures.keySet().stream().anyMatch(x -> !x.equals("begin") && !x.equals("end"))) {
            measures.remove("begin");
            measures.remove("end");
        }
        String measure = top(measures);
        if (measure.isEmpty()) {
            measure = top(words);
        }
        if (measure.isEmpty()) {
            measure = e.members.get(0).head().isEmpty() ? e.members.get(0).kind().name().toLowerCase(java.util.Locale.ROOT) : e.members.get(0).head();
        }
        String participant = top(who);
        return participant.isEmpty() ? measure : measure + " (" + participant + ")";
    }

    private static String top(Map<String, Integer> counts) {
        String best = "";
        int n = 0;
        for (Map.Entry<String, Integer> x : counts.entrySet()) {
            if (x.getValue() > n) {
                best = x.getKey();
                n = x.getValue();
            }
        }
        return best;
    }
}
