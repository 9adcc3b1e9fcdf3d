package org.crosscheck.extract.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A word list of the form "class: word, multi word, ..." (lexicon/concepts.txt, lexicon/cues.txt): which
 * classes each lemma and each run of lemmas belongs to. Loaded once per list; look-ups are hash look-ups.
 */
public final class WordClasses {

    private static final String CONCEPTS = "lexicon/concepts.txt";
    private static final String CUES = "lexicon/cues.txt";
    /** Every base form either list names: the dictionary the lemmatizer checks its candidates against. */
    private static final Set<String> DICTIONARY;
    private static final Map<String, List<String[]>> ENTRIES = new HashMap<>();
    private static final Map<String, WordClasses> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        Set<String> words = new HashSet<>();
        for (String r : List.of(CONCEPTS, CUES)) {
            List<String[]> entries = read(r);
            ENTRIES.put(r, entries);
            for (String[] e : entries) {
                Collections.addAll(words, e[1].split(" "));
            }
        }
        DICTIONARY = Collections.unmodifiableSet(words);
    }

    private final Map<String, Set<String>> single = new HashMap<>();
    private final Map<String, Set<String>> phrases = new HashMap<>();
    private final Set<String> known;
    private int longest = 1;

    private WordClasses(List<String[]> entries, Set<String> known) {
        this.known = known;
        for (String[] e : entries) {
            String[] words = e[1].split(" ");
            StringBuilder key = new StringBuilder();
            for (String w : words) {
                key.append(key.length() == 0 ? "" : " ").append(Lemmas.of(w, known));
            }
            Map<String, Set<String>> into = words.length == 1 ? single : phrases;
            into.computeIfAbsent(key.toString(), k -> new TreeSet<>()).add(e[0]);
            longest = Math.max(longest, words.length);
        }
        for (String k : phrases.keySet()) {
            phraseStarts.add(firstWord(k));
        }
    }

    /** The first words of the multi-word entries: a run that starts with another word is none of them. */
    private final Set<String> phraseStarts = new java.util.HashSet<>();

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** The concept lexicon of general news vocabulary. */
    public static WordClasses concepts() {
        return LOADED.computeIfAbsent(CONCEPTS, r -> new WordClasses(ENTRIES.get(r), DICTIONARY));
    }

    /** The qualifier cues and function-word classes. */
    public static WordClasses cues() {
        return LOADED.computeIfAbsent(CUES, r -> new WordClasses(ENTRIES.get(r), DICTIONARY));
    }

    private static List<String[]> read(String r) {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = WordClasses.class.getClassLoader().getResourceAsStream(r)) {
            if (in == null) {
                throw new IllegalStateException("word list " + r + " missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String cls = line.substring(0, colon).strip();
                for (String w : line.substring(colon + 1).split(",")) {
                    String word = w.strip().toLowerCase(java.util.Locale.ROOT);
                    if (!word.isEmpty()) {
                        entries.add(new String[] {cls, word});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The lemma of a word, checked against the words this list knows. */
    public String lemma(String word) {
        String l = lemmas.get(word);
        if (l == null) {
            l = Lemmas.of(word, known);
            if (lemmas.size() < LEMMAS_KEPT) {
                lemmas.put(word, l);
            }
        }
        return l;
    }

    /** The lemmas looked up so far, by word as written: a word's lemma depends on nothing else, and news repeats its words. */
    private final java.util.Map<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LEMMAS_KEPT = 200_000;

    /** The classes of one lemma (empty when none). */
    public Set<String> of(String lemma) {
        return single.getOrDefault(lemma, Set.of());
    }

    /** True when the lemma belongs to the class. */
    public boolean is(String lemma, String cls) {
        return single.getOrDefault(lemma, Set.of()).contains(cls);
    }

    /** The classes of the run of lemmas {@code lemmas[from..from+n)}, or empty. */
    public Set<String> ofRun(List<String> lemmas, int from, int n) {
        if (n == 1) {
            return of(lemmas.get(from));
        }
        if (!phraseStarts.contains(firstWord(lemmas.get(from)))) {
            return Set.of();
        }
        StringBuilder key = new StringBuilder(lemmas.get(from));
        for (int i = from + 1; i < from + n; i++) {
            key.append(' ').append(lemmas.get(i));
        }
        return phrases.getOrDefault(key.toString(), Set.of());
    }

    /** The most words a multi-word entry has. */
    public int longest() {
        return longest;
    }
}
