package org.crosscheck.origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages articles share, found through an index of word shingles: each article's runs of {@link #WORDS}
 * words are hashed and posted under their hash, and only articles posted under one hash are compared, so the
 * cost grows with the shingles, not with the pairs of articles. Quotations are left out: independent reporters
 * quote the same speaker word for word. A shingle posted by more than {@link #COMMON} articles is boilerplate
 * (a site's furniture, a stock phrase) and says nothing about who copied whom.
 */
final class SharedPassages {

    /** Words in a shingle: long enough that two reporters writing independently rarely produce the same run. */
    static final int WORDS = 8;

    /** More articles than this sharing a shingle make it boilerplate. */
    static final int COMMON = 64;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A quotation: straight or curly double quotes, at most a long paragraph. */
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"\\n]{0,600}\"|“[^”\\n]{0,600}”");
    private static final long BREAK = Long.MIN_VALUE;

    /**
     * What two articles share.
     *
     * @param first    the article with the lower index
     * @param second   the other
     * @param passages maximal runs of shared shingles
     * @param words    words in those runs
     */
    record Shared(int first, int second, int passages, int words) {}

    private SharedPassages() {}

    /** Every pair of articles that shares at least one passage, ordered by first then second article. */
    static List<Shared> among(List<String> texts) {
        List<long[]> shingles = new ArrayList<>();
        Map<Long, int[]> postings = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] s = shingles(texts.get(i));
            shingles.add(s);
            for (long h : s) {
                if (h == BREAK) {
                    continue;
                }
                int[] list = postings.get(h);
                if (list == null) {
                    postings.put(h, new int[] {1, i});
                } else if (list[list[0]] != i && list[0] <= COMMON) {
                    // [count, article...]: each article posted once per shingle, growth stops past COMMON
                    if (list[0] + 1 >= list.length) {
                        list = java.util.Arrays.copyOf(list, list.length * 2);
                        postings.put(h, list);
                    }
                    list[++list[0]] = i;
                }
            }
        }
        List<Shared> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] s = shingles.get(i);
            // the positions of this article's shingles that each later article also has
            Map<Integer, List<Integer>> common = new java.util.TreeMap<>();
            for (int p = 0; p < s.length; p++) {
                int[] list = s[p] == BREAK ? null : postings.get(s[p]);
                if (list == null || list[0] > COMMON) {
                    continue;
                }
                for (int k = 1; k <= list[0]; k++) {
                    if (list[k] > i) {
                        common.computeIfAbsent(list[k], x -> new ArrayList<>()).add(p);
                    }
                }
            }
            for (Map.Entry<Integer, List<Integer>> e : common.entrySet()) {
                int passages = 0;
                int words = 0;
                int last = -2;
                for (int p : e.getValue()) {
                    if (p == last) {
                        continue;
                    }
                    if (p != last + 1) {
                        passages++;
                        words += WORDS;
                    } else {
                        words++;
                    }
                    last = p;
                }
                out.add(new Shared(i, e.getKey(), passages, words));
            }
        }
        return out;
    }

    /** The hashes of the text's shingles in order, {@link #BREAK} where a quotation or a very short line interrupts. */
    static long[] shingles(String text) {
        List<String> words = words(QUOTATION.matcher(text).replaceAll(" \u0000 "));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            boolean broken = false;
            for (int k = 0; k < WORDS; k++) {
                String w = words.get(i + k);
                if (w == null) {
                    broken = true;
                    break;
                }
                h = (h ^ w.hashCode()) * 0x100000001b3L;
            }
            out.add(broken ? BREAK : h);
        }
        long[] a = new long[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** Lower-cased words; null where a quotation was cut out, so no shingle spans it. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int cut = text.indexOf('\u0000');
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (cut >= 0 && cut < m.start()) {
                out.add(null);
                cut = text.indexOf('\u0000', m.start());
            }
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
