package org.crosscheck.extract.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parts of speech an English lemma can have, most used first, and WordNet's irregular inflections
 * (lexicon/pos.tsv, generated from WordNet 3.1 by src/build/PosTable.java). Frames use it to tell the noun a value
 * measures from the adjectives and adverbs around it ("holding steady at 8,500 metres", "180 miles south of").
 * Loaded once, on first use.
 */
public final class PartsOfSpeech {

    /** Noun, verb, adjective, adverb: WordNet's letters. */
    public static final char NOUN = 'n';
    public static final char VERB = 'v';
    public static final char ADJECTIVE = 'a';
    public static final char ADVERB = 'r';

    private static final PartsOfSpeech INSTANCE = load();

    private final Map<String, String> tags;
    private final Map<String, String> inflections;

    private PartsOfSpeech(Map<String, String> tags, Map<String, String> inflections) {
        this.tags = tags;
        this.inflections = inflections;
    }

    public static PartsOfSpeech get() {
        return INSTANCE;
    }

    private static PartsOfSpeech load() {
        Map<String, String> tags = new HashMap<>(120_000);
        Map<String, String> inflections = new HashMap<>(8_000);
        try (InputStream in = PartsOfSpeech.class.getClassLoader().getResourceAsStream("lexicon/pos.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon/pos.tsv missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    tags.put(line, "n");
                } else if (line.charAt(tab + 1) == '=') {
                    int space = line.indexOf(' ', tab);
                    inflections.putIfAbsent(line.substring(0, tab), line.substring(tab + 2, space < 0 ? line.length() : space));
                } else {
                    tags.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PartsOfSpeech(tags, inflections);
    }

    /** True when WordNet knows {@code lemma} as a base form. */
    public boolean isLemma(String lemma) {
        return tags.containsKey(lemma);
    }

    /** The lemma WordNet gives an irregular form ("struck" → "strike", "mice" → "mouse"), or null. */
    public String irregular(String form) {
        return inflections.get(form);
    }

    /** The parts of speech of a lemma, most used first; a word WordNet does not know is taken for a noun. */
    public String of(String lemma) {
        return tags.getOrDefault(lemma, "n");
    }

    /** The most used part of speech of a lemma. */
    public char main(String lemma) {
        return of(lemma).charAt(0);
    }

    /** True when the lemma can be a noun. */
    public boolean canBeNoun(String lemma) {
        return of(lemma).indexOf(NOUN) >= 0;
    }
}
