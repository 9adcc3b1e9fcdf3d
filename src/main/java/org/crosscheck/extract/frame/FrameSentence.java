package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Token;

/** The lemmas, concepts and names of one sentence's tokens, as {@link FrameReader} reads a value's frame from them. */
final class FrameSentence {
    private final WordClasses concepts;
    private final WordClasses cues;
    final List<Token> tokens;
    final String[] lemma;
    /** The same lemmas as a list, for looking up runs of them in the lexicons. */
    final List<String> lemmas;
    final List<Set<String>> concept = new ArrayList<>();
    final boolean[] name;
    final String[] nameKey; // the features of the name run a token ends, on its last token
    final int[] runStart;   // for a name token, where its run starts
    final int[] valueAt;    // index of the value a token belongs to, or -1
    final int[] bracketOpen; // for the ")" of an abbreviation in brackets after a name, "Unity Front (UF)": its "("; else -1
    final List<FrameReader.Value> values;
    final Set<String> signature = new java.util.HashSet<>(); // the sentence's content lemmas
    Set<String> places = Set.of();

    FrameSentence(List<Token> tokens, List<FrameReader.Value> values, Set<String> articleNames, WordClasses concepts, WordClasses cues) {
        this.concepts = concepts;
        this.cues = cues;
        this.tokens = tokens;
        this.values = values;
        int n = tokens.size();
        lemma = new String[n];
        name = new boolean[n];
        nameKey = new String[n];
        runStart = new int[n];
        valueAt = new int[n];
        java.util.Arrays.fill(valueAt, -1);
        bracketOpen = new int[n];
        java.util.Arrays.fill(bracketOpen, -1);
        lemmas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lemma[i] = t.isWord() ? concepts.lemma(t.text()) : t.lower();
            lemmas.add(lemma[i]);
            concept.add(Set.of());
            name[i] = FrameReader.isName(tokens, i, articleNames);
        }
        for (int i = 0; i < n; i++) {
            for (int len = Math.min(concepts.longest(), n - i); len >= 1; len--) {
                Set<String> c = concepts.ofRun(lemmas, i, len);
                if (!c.isEmpty()) {
                    for (int j = i; j < i + len; j++) {
                        Set<String> merged = new TreeSet<>(concept.get(j));
                        merged.addAll(c);
                        concept.set(j, merged);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!name[i]) {
                continue;
            }
            int s = i;
            while (i + 1 < n && (name[i + 1] || i + 2 < n && tokens.get(i + 1).lower().equals("of") && name[i + 2]
                    && !FrameReader.isAcronym(tokens.get(i + 2).text()))) {
                i += name[i + 1] ? 1 : 2; // "the Bank of Korea", "the Democratic Republic of Congo": one name
            }
            List<String> run = new ArrayList<>();
            for (int j = s; j <= i; j++) {
                run.add(tokens.get(j).text());
                runStart[j] = s;
            }
            nameKey[i] = String.join("|", FrameReader.nameKeys(run));
        }
        for (int i = 1; i + 2 < n; i++) {
            // "(UF)" or "(the UF)" right after a name: one or two name words, no value
            if (!tokens.get(i).text().equals("(") || !name[i - 1]) {
                continue;
            }
            for (int close = i + 2; close <= Math.min(n - 1, i + 3); close++) {
                if (tokens.get(close).text().equals(")")) {
                    boolean names = true;
                    for (int j = i + 1; j < close; j++) {
                        names &= name[j] || FrameReader.isAcronym(tokens.get(j).text());
                    }
                    if (names) {
                        bracketOpen[close] = i;
                    }
                    break;
                }
            }
        }
        for (int k = 0; k < values.size(); k++) {
            FrameReader.Value v = values.get(k);
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                if (t.start() < v.end() && v.start() < t.end()) {
                    valueAt[i] = k;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (content(i)) {
                signature.add(concept.get(i).isEmpty() ? lemma[i] : concept.get(i).iterator().next());
            }
        }
    }

    boolean content(int i) {
        Token t = tokens.get(i);
        return t.isWord() && t.text().length() > 1 && !Lexicon.isStopword(t.lower())
                && (!cues.is(lemma[i], "generic") || !concept.get(i).isEmpty())
                && !FrameReader.MONTHS_AND_DAYS.contains(t.lower()) && valueAt[i] < 0 && !spendsTime(i);
    }

    /** "crews spent Monday clearing roads", "spent the night in": the verb only says the time went on what follows. */
    boolean spendsTime(int i) {
        if (!lemma[i].equals("spend")) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.size() && j <= i + 2 && valueAt[j] < 0 && FrameReader.DETERMINERS.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j >= tokens.size() || valueAt[j] < 0) {
            return false;
        }
        ClaimKind k = values.get(valueAt[j]).kind();
        return k == ClaimKind.DATE || k == ClaimKind.TIME || k == ClaimKind.DURATION;
    }

    /** An adjective or adverb that names no concept: "steady", "quarterly", "little". */
    boolean modifier(int i) {
        char main = PartsOfSpeech.get().main(lemma[i]);
        return (main == PartsOfSpeech.ADJECTIVE || main == PartsOfSpeech.ADVERB) && concept.get(i).isEmpty()
                || Lexicon.isModifier(tokens.get(i).lower()) && concept.get(i).isEmpty();
    }

    /** A content word that can be the noun a value measures: a noun, or a word the concept lexicon knows. */
    boolean nounish(int i) {
        if (!content(i) || name[i] || modifier(i)) {
            return false;
        }
        PartsOfSpeech pos = PartsOfSpeech.get();
        String tags = pos.of(lemma[i]);
        // "crashed", "narrowed": an inflected verb form is a verb even when its lemma can be a noun
        String lower = tokens.get(i).lower();
        boolean verbForm = (lower.endsWith("ed") || lower.endsWith("ing")) && tags.indexOf('v') >= 0 && !lower.equals(lemma[i]);
        return !verbForm && (tags.charAt(0) == PartsOfSpeech.NOUN || tags.indexOf(PartsOfSpeech.NOUN) >= 0 && !concept.get(i).isEmpty());
    }

    boolean hardBreak(int i) {
        String t = tokens.get(i).text();
        return t.length() == 1 && FrameReader.HARD_BREAKS.indexOf(t.charAt(0)) >= 0;
    }

    /**
     * Where to stop looking left for who acts: the clause's left end, or past it when the clause begins after an
     * abbreviation in brackets ("the Unity Front (UF) led by the Greens won 57"): the brackets repeat a name, they
     * do not end the clause that name is the subject of.
     */
    int reachLeft(int left) {
        int l = left;
        while (l > 0 && bracketOpen[l - 1] >= 0) {
            l = bracketOpen[l - 1];
            while (l > 0 && !hardBreak(l - 1) && bracketOpen[l - 1] < 0) {
                l--;
            }
        }
        return l;
    }
}
