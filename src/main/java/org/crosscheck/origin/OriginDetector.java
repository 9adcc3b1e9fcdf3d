package org.crosscheck.origin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.Article;

/**
 * Groups a run's articles by common origin, from the text itself: passages they share (a rewrite keeps runs of its
 * original's words), the same lead or dateline, and credits naming another article's outlet. In the terms of truth
 * discovery (Dong, Berti-Equille and Srivastava, VLDB 2009) these are the signs of copying between sources; the
 * manifest's note ("Reuters-based") counts as one more credit. Cost grows with the articles' words: shared text is
 * found through a shingle index, credits by name lookup, never by comparing every pair of texts.
 */
public final class OriginDetector {

    /** Shared passages that join two articles on text alone: three, or two of twenty words between them. */
    static final int PASSAGES = 3;
    static final int TWO_PASSAGE_WORDS = 20;
    /** Lead words the shorter lead must share for "the same lead": most of them and at least this many. */
    static final int LEAD_WORDS = 10;
    static final double LEAD_SHARE = 0.7;

    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Z .,/'’-]{2,40}(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*\\([^)]{1,40}\\))\\s*[-—–]");
    private static final Pattern LEAD_WORD = Pattern.compile("\\p{L}{4,}");

    /** The origins of the articles; ids of origins are their original's article id. */
    public Origins detect(List<Article> articles) {
        int n = articles.size();
        Map<Long, Link> links = new TreeMap<>();
        attributionLinks(articles, links);
        List<String> texts = articles.stream().map(Article::text).toList();
        List<Lead> leads = texts.stream().map(Lead::of).toList();
        for (SharedPassages.Shared s : SharedPassages.among(texts)) {
            boolean lead = leads.get(s.first()).same(leads.get(s.second()));
            if (s.passages() >= PASSAGES || (s.passages() >= 2 && s.words() >= TWO_PASSAGE_WORDS) || (s.passages() >= 1 && lead)) {
                Link l = links.computeIfAbsent(key(s.first(), s.second()), k -> new Link(s.first(), s.second()));
                l.passages = s.passages();
                l.words = s.words();
                l.lead = lead;
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Link l : links.values()) {
            int a = find(parent, l.a);
            int b = find(parent, l.b);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Link>> byArticle = new HashMap<>();
        for (Link l : links.values()) {
            byArticle.computeIfAbsent(l.a, k -> new ArrayList<>()).add(l);
            byArticle.computeIfAbsent(l.b, k -> new ArrayList<>()).add(l);
        }
        int[] credited = new int[n];
        int[] degree = new int[n];
        int[] sharedWords = new int[n];
        for (Link l : links.values()) {
            if (l.citer >= 0) {
                credited[l.citer == l.a ? l.b : l.a]++;
            }
            degree[l.a]++;
            degree[l.b]++;
            sharedWords[l.a] += l.words;
            sharedWords[l.b] += l.words;
        }
        List<Origin> out = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<List<Integer>> ordered = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            // the likeliest original: credited by the others, a wire's, published first, joined to most, sharing most
            int root = members.stream().min(Comparator.comparingInt((Integer i) -> -credited[i])
                    .thenComparing(i -> OutletNames.isWire(articles.get(i).source()) ? 0 : 1)
                    .thenComparing(i -> articles.get(i).published(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                    .thenComparingInt(i -> -degree[i]).thenComparingInt(i -> -sharedWords[i]).thenComparingInt(i -> i)).orElseThrow();
            List<Integer> m = new ArrayList<>(members);
            m.remove(Integer.valueOf(root));
            m.add(0, root);
            ordered.add(m);
            String name = label(articles.get(root));
            names.add(name);
            labels.merge(name, 1, Integer::sum);
        }
        for (int g = 0; g < ordered.size(); g++) {
            List<Integer> m = ordered.get(g);
            Article root = articles.get(m.get(0));
            String name = labels.get(names.get(g)) > 1 ? names.get(g) + " (" + root.id() + ")" : names.get(g);
            List<OriginLink> evidence = new ArrayList<>();
            for (int i : m.subList(1, m.size()).stream().sorted().toList()) {
                evidence.add(evidence(i, m.get(0), byArticle.getOrDefault(i, List.of()), links, articles));
            }
            out.add(new Origin(root.id(), name, m.stream().map(i -> articles.get(i).id()).toList(), evidence));
        }
        out.sort(Comparator.comparingInt(o -> index(articles, o.id())));
        return new Origins(out);
    }

    /** The link that best explains why a member is with its origin: to the original if there is one, a credit first. */
    private static OriginLink evidence(int member, int root, List<Link> own, Map<Long, Link> links, List<Article> articles) {
        Link best = links.get(key(member, root));
        if (best == null) {
            // every link of a member joins it to its own group
            best = own.stream().min(Comparator.comparingInt((Link l) -> l.attribution.isEmpty() ? 1 : 0).thenComparingInt(l -> -l.words)
                    .thenComparingInt(l -> l.a).thenComparingInt(l -> l.b)).orElseThrow();
        }
        int other = best.a == member ? best.b : best.a;
        return new OriginLink(articles.get(member).id(), articles.get(other).id(), best.passages, best.words, best.lead, best.attribution);
    }

    /** The original's outlet; an outlet that only carries an agency's copy ("(Reuters) -" in its dateline) is named for the agency. */
    private static String label(Article root) {
        String outlet = OutletNames.outlet(root.source());
        String hint = OutletNames.hint(root.source());
        if (hint != null) {
            return hint;
        }
        Matcher d = DATELINE.matcher(root.text().stripLeading());
        Set<String> own = OutletNames.aliases(root.source());
        for (Attribution a : Attributions.in(root.text().substring(0, Math.min(root.text().length(), 600)))) {
            String agency = OutletNames.agency(a.name());
            if (agency != null && a.quote().startsWith("(") && !own.contains(OutletNames.key(a.name())) && d.find()) {
                return agency + " (via " + outlet + ")";
            }
        }
        return outlet;
    }

    private void attributionLinks(List<Article> articles, Map<Long, Link> links) {
        Map<String, List<Integer>> byAlias = new HashMap<>();
        List<Integer> wires = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String alias : OutletNames.aliases(articles.get(i).source())) {
                byAlias.computeIfAbsent(alias, k -> new ArrayList<>()).add(i);
            }
            if (OutletNames.isWire(articles.get(i).source())) {
                wires.add(i);
            }
        }
        for (int at = 0; at < articles.size(); at++) {
            final int i = at;
            Article a = articles.get(i);
            Set<String> own = OutletNames.aliases(a.source());
            List<Attribution> credits = new ArrayList<>();
            String hint = OutletNames.hint(a.source());
            if (hint != null) {
                credits.add(new Attribution("source: " + a.source(), hint, -1, true));
            }
            credits.addAll(Attributions.in(a.text()));
            for (Attribution c : credits) {
                final int target;
                if (c.generic()) {
                    // "the wire", "agency inputs": the run's one wire story, when it has exactly one and this is not it
                    List<Integer> others = wires.stream().filter(w -> w != i).toList();
                    target = others.size() == 1 && !wires.contains(i) ? others.get(0) : -1;
                } else {
                    int t = cited(c.name(), i, own, byAlias, articles);
                    // "according to X" joins a copy to a news service's story, not a report to the officials it quotes
                    target = t >= 0 && (c.story() || OutletNames.isWire(articles.get(t).source())) ? t : -1;
                }
                if (target < 0) {
                    continue;
                }
                Link l = links.computeIfAbsent(key(i, target), k -> new Link(Math.min(i, target), Math.max(i, target)));
                if (l.attribution.isEmpty()) {
                    l.attribution = c.quote();
                    l.citer = i;
                }
            }
        }
    }

    /** The article of the outlet a credit names: the one published last before the citing one, else the first. */
    private static int cited(String name, int citing, Set<String> own, Map<String, List<Integer>> byAlias, List<Article> articles) {
        String[] words = name.split("\\s+");
        // the capture may run into the words around the name: try it whole, then without words at either end
        for (int len = words.length; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from += Math.max(1, words.length - len)) {
                String key = OutletNames.key(String.join(" ", Arrays.copyOfRange(words, from, from + len)));
                if (own.contains(key)) {
                    return -1;
                }
                List<Integer> found = byAlias.getOrDefault(key, List.of()).stream().filter(j -> j != citing).toList();
                if (!found.isEmpty()) {
                    LocalDate when = articles.get(citing).published();
                    return found.stream().min(Comparator.comparing((Integer j) -> when == null || articles.get(j).published() == null
                                    || articles.get(j).published().isAfter(when) ? 1 : 0)
                            .thenComparing(j -> when == null || articles.get(j).published() == null ? 0 : -articles.get(j).published().toEpochDay())
                            .thenComparingInt(j -> j)).orElseThrow();
                }
                if (from + len == words.length) {
                    break;
                }
            }
        }
        return -1;
    }

    /** Nearly the same opening sentence, or the same dateline. */
    static boolean sameLead(String a, String b) {
        return Lead.of(a).same(Lead.of(b));
    }

    /** An article's opening: its dateline, if any, and the words of four letters or more of its first sentence of prose. */
    private record Lead(String dateline, Set<String> words) {

        static Lead of(String text) {
            Matcher d = DATELINE.matcher(text.stripLeading());
            String dateline = d.find() ? d.group(1).toLowerCase(Locale.ROOT) : "";
            for (String line : text.split("\n", 40)) {
                // the first line that is prose: six words or more
                if (line.strip().split("\\s+").length < 6) {
                    continue;
                }
                int end = line.indexOf(". ");
                String sentence = end > 0 ? line.substring(0, end) : line;
                Set<String> out = new HashSet<>();
                Matcher m = LEAD_WORD.matcher(sentence);
                while (m.find()) {
                    out.add(m.group().toLowerCase(Locale.ROOT));
                }
                return new Lead(dateline, out);
            }
            return new Lead(dateline, Set.of());
        }

        boolean same(Lead other) {
            if (!dateline.isEmpty() && dateline.equals(other.dateline)) {
                return true;
            }
            if (words.isEmpty() || other.words.isEmpty()) {
                return false;
            }
            Set<String> both = new HashSet<>(words);
            both.retainAll(other.words);
            return both.size() >= LEAD_WORDS && both.size() >= LEAD_SHARE * Math.min(words.size(), other.words.size());
        }
    }

    private static int index(List<Article> articles, String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Evidence joining two articles, built up from credits and shared text. */
    private static final class Link {
        final int a;
        final int b;
        int passages;
        int words;
        boolean lead;
        String attribution = "";
        int citer = -1;

        Link(int a, int b) {
            this.a = a;
            this.b = b;
        }
    }
}
