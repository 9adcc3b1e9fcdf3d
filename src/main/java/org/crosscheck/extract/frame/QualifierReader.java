package org.crosscheck.extract.frame;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.frame.ClaimFrame.Qualifier;

/**
 * The qualifiers that make two values of one measure two facts, read from a value's clause: previous and new
 * levels, changes, forecasts, thresholds, "as of", another occurrence, the bounds of a range, an adjusted or a
 * statutory figure.
 */
final class QualifierReader {

    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "being");

    private final WordClasses cues;

    QualifierReader(WordClasses cues) {
        this.cues = cues;
    }

    /** Reads the qualifiers of value {@code k} into {@code q}. */
    void read(FrameSentence s, List<FrameReader.Value> values, int k, int first, int last, int left, int right,
                            boolean passedChange, EnumSet<Qualifier> q) {
        ClaimKind kind = values.get(k).kind();
        boolean dated = kind == ClaimKind.DATE || kind == ClaimKind.TIME;
        // the word right before the value, past hedges and determiners: "from", "to", "by", "fell"
        int b = first - 1;
        while (b >= left && s.tokens.get(b).isWord() && (cues.is(s.lemma[b], "generic") && !isUpOrDown(s, b)
                || FrameReader.DETERMINERS.contains(s.tokens.get(b).lower()))) {
            b--;
        }
        String before = b >= left ? s.tokens.get(b).lower() : "";
        for (int i = left; dated && i + 1 < first; i++) {
            // "the party last won in 2005", "last declared an emergency in 2022": the previous time, not this one
            if (s.tokens.get(i).lower().equals("last") && s.tokens.get(i + 1).isWord() && s.valueAt[i + 1] < 0
                    && !s.tokens.get(i + 1).lower().equals(s.lemma[i + 1])
                    && PartsOfSpeech.get().main(s.lemma[i + 1]) == PartsOfSpeech.VERB) {
                q.add(Qualifier.PREVIOUS);
            }
        }
        boolean changeVerbBefore = b >= left && s.tokens.get(b).isWord() && cues.is(s.lemma[b], "change")
                && PartsOfSpeech.get().of(s.lemma[b]).indexOf(PartsOfSpeech.VERB) >= 0;
        boolean fromChange = b - 1 >= left && (isUpOrDown(s, b - 1) || s.tokens.get(b - 1).lower().matches("up|down")
                || s.tokens.get(b - 1).isWord() && cues.is(s.lemma[b - 1], "change"))
                || toValueAfter(s, values, k, last);
        // "narrowed to 71.2% from 73.4%", "rose to 5.7% from 5.2%": a value of the family right before "from" is the
        // new level (the clause of the second value may start after "from", the words between the two being shared out)
        boolean afterNewLevel = !dated && first >= 2 && s.tokens.get(first - 1).lower().equals("from") && FrameReader.sameFamily(s, values, first - 2, k);
        if (afterNewLevel) {
            q.add(Qualifier.PREVIOUS);
        }
        if (before.equals("from") && !dated && fromChange) {
            q.add(Qualifier.PREVIOUS);
        } else if (before.equals("to") && fromValueInSentence(s, values, k)) {
            q.add(Qualifier.NEW);
        } else if (!dated && (before.equals("by") && changeVerbWithin(s, b, left, 3) || changeVerbBefore || isUpOrDown(s, b))) {
            q.add(Qualifier.CHANGE); // "cut by half a point", "shares fell 41%", "down 251"
        }
        if (!dated && !q.contains(Qualifier.PREVIOUS) && !q.contains(Qualifier.NEW)) {
            int end = rangeEnd(s, values, k, first, last);
            if (end != 0) {
                q.add(end < 0 ? Qualifier.RANGE_LOW : Qualifier.RANGE_HIGH);
            }
        }
        if (!dated) {
            Qualifier basis = basis(s, first);
            if (basis != null) {
                q.add(basis);
            }
        }
        if (dated && periodOfEarlierLevel(s, values, b, left)) {
            q.add(Qualifier.PREVIOUS); // "down from a month ago", "from 2.1% in June": when the earlier level stood
        }
        if (kind == ClaimKind.COUNT && values.get(k).shown().matches(".* (?:fewer|more)")) {
            q.add(Qualifier.CHANGE); // "251 fewer than in 2019": the recognizer read a change
        }
        if (!dated && changedFromAfter(s, values, k, last)) {
            q.add(Qualifier.NEW); // "was 75.7%, down from 78.9%": the level after the change
        }
        if (!dated && last + 1 <= right && s.tokens.get(last + 1).isWord() && cues.is(s.lemma[last + 1], "change")
                && !FrameReader.PARTICIPLE.matcher(s.tokens.get(last + 1).lower()).matches()
                && (kind == ClaimKind.COUNT || kind == ClaimKind.RATE)) {
            q.add(Qualifier.CHANGE); // "251 fewer", "a 5% drop"
        }
        for (int i = Math.max(left, first - 3); i <= Math.min(right, last + 2); i++) {
            if (s.valueAt[i] >= 0) {
                continue;
            }
            String l = s.lemma[i];
            // "early on Wednesday" is no earlier value: the lemma of "earlier" is "early", so ask the word itself
            if (i < first && cues.is(l, "previous") && !l.equals("from") && !l.equals("before") && !l.equals("last")
                    && !s.tokens.get(i).lower().equals("early")) {
                q.add(Qualifier.PREVIOUS);
            }
            if (i < first && cues.is(l, "new")) {
                q.add(Qualifier.NEW);
            }
            if (cues.is(l, "needed") && (i < first && first - i <= 2 || i - last == 1)) {
                q.add(Qualifier.NEEDED);
            }
            // "another jolt", "the aftershock": another occurrence; "another half-point of cuts" is only more of the same
            boolean occurrence = kind == ClaimKind.DATE || kind == ClaimKind.TIME || kind == ClaimKind.QUANTITY;
            if (occurrence && cues.is(l, "other") && (i < first || i - last <= 2) && !(l.equals("second") && i + 1 < s.tokens.size() && s.valueAt[i + 1] >= 0)) {
                q.add(Qualifier.OTHER);
            }
        }
        for (int i = Math.max(left, first - 5); i <= Math.min(right, last + 2); i++) {
            if (s.valueAt[i] < 0 && (cues.is(s.lemma[i], "forecast") || i + 1 <= right && cues.ofRun(s.lemmas, i, 2).contains("forecast")
                    || i > last && i + 2 <= right && cues.ofRun(s.lemmas, i, 3).contains("forecast"))) {
                q.add(Qualifier.FORECAST); // after the value also a margin: "$8 billion, plus or minus 2%", "give or take"
            }
            if (i + 1 < first && s.tokens.get(i + 1).lower().equals("seen") && PRESENT_BE.contains(s.tokens.get(i).lower())) {
                q.add(Qualifier.FORECAST); // "the gauge is seen cooling to 2.7%"; but "was seen at 8:55" is a sighting
            }
        }
        for (int i = left; i + 1 <= right; i++) {
            if (s.tokens.get(i).lower().equals("as") && s.tokens.get(i + 1).lower().equals("of")) {
                q.add(Qualifier.AS_OF);
            }
        }
        // two-word cues right before the value: "had been at", "had stood at"; after it, for a level: "a year earlier"
        for (int i = Math.max(left, first - 4); i < Math.min(right, last + 5); i++) {
            if (s.valueAt[i] >= 0 || i + 1 < s.tokens.size() && s.valueAt[i + 1] >= 0) {
                continue;
            }
            Set<String> run = cues.ofRun(s.lemmas, i, 2);
            if (run.contains("previous") && (i < first || !q.contains(Qualifier.CHANGE))) {
                q.add(Qualifier.PREVIOUS);
            }
        }
    }

    /** True when ", down from" or "up from" and a value of the same family follow value {@code k}. */
    private static boolean changedFromAfter(FrameSentence s, List<FrameReader.Value> values, int k, int last) {
        int i = last + 1;
        if (i < s.tokens.size() && s.tokens.get(i).text().equals(",")) {
            i++;
        }
        if (i + 2 >= s.tokens.size() || !s.tokens.get(i).lower().matches("up|down") || !s.tokens.get(i + 1).lower().equals("from")) {
            return false;
        }
        int o = s.valueAt[i + 2];
        return o >= 0 && o != k && values.get(o).family().equals(values.get(k).family());
    }

    /**
     * True when the date whose preceding word is at {@code b} dates a level a change started from: "down from a
     * month ago", or "in" right after a number that follows "from" or "compared with" ("fell to 1.8% from 2.1% in
     * June", "compared with 40.2% in the third quarter"). A bare "from March" starts a span instead.
     */
    private static boolean periodOfEarlierLevel(FrameSentence s, List<FrameReader.Value> values, int b, int left) {
        if (b - 1 < left) {
            return false;
        }
        String before = s.tokens.get(b).lower();
        if (before.equals("from")) { // "down from a month ago", "grew 35% from a year earlier"
            int v = s.valueAt[b - 1];
            return s.tokens.get(b - 1).lower().matches("up|down")
                    || v >= 0 && values.get(v).kind() != ClaimKind.DATE && values.get(v).kind() != ClaimKind.TIME;
        }
        int o = s.valueAt[b - 1];
        if (!before.equals("in") || o < 0 || values.get(o).kind() == ClaimKind.DATE || values.get(o).kind() == ClaimKind.TIME) {
            return false;
        }
        int start = b - 1;
        while (start - 1 >= left && s.valueAt[start - 1] == o) {
            start--;
        }
        if (start - 2 < left) {
            return false;
        }
        String w1 = s.tokens.get(start - 1).lower();
        String w2 = s.tokens.get(start - 2).lower();
        return w1.equals("from") && (s.valueAt[start - 2] >= 0 || w2.matches("up|down"))
                || w1.matches("with|to") && w2.equals("compared") || w1.matches("versus|vs");
    }

    private static boolean isUpOrDown(FrameSentence s, int i) {
        if (i < 0) {
            return false;
        }
        String w = s.tokens.get(i).lower();
        return (w.equals("up") || w.equals("down")) && !(i + 1 < s.tokens.size() && s.tokens.get(i + 1).lower().equals("from"));
    }

    private boolean changeVerbWithin(FrameSentence s, int from, int left, int reach) {
        for (int i = from - 1; i >= left && from - i <= reach; i--) {
            if (s.tokens.get(i).isWord() && cues.is(s.lemma[i], "change") && PartsOfSpeech.get().of(s.lemma[i]).indexOf(PartsOfSpeech.VERB) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ADJUSTED_WORDS = Set.of("adjusted", "non-gaap", "underlying", "non-ifrs");
    private static final Set<String> STATUTORY_WORDS = Set.of("gaap", "statutory", "unadjusted", "ifrs");

    /**
     * The basis of a financial figure: the nearest of "adjusted", "non-GAAP", "underlying", "excluding items" or of
     * "GAAP", "statutory" before the value in its sentence, not across a semicolon or a bracket ("GAAP 75.1%, down
     * from 78.4%; non-GAAP 75.7%, versus 78.9%": the 78.4% is GAAP, the 78.9% adjusted); null when none is written.
     */
    private static Qualifier basis(FrameSentence s, int first) {
        for (int i = first - 1; i >= 0 && first - i <= 24; i--) {
            if (s.hardBreak(i)) {
                return null;
            }
            String w = s.tokens.get(i).lower();
            if (ADJUSTED_WORDS.contains(w) || w.equals("excluding") && i + 1 < first && s.tokens.get(i + 1).lower().matches("items|one-time|one-off|charges")) {
                return Qualifier.ADJUSTED;
            }
            if (STATUTORY_WORDS.contains(w) && !(i > 0 && s.tokens.get(i - 1).lower().equals("non"))) {
                return Qualifier.STATUTORY;
            }
        }
        return null;
    }

    /** Words that join the two bounds of a range: "$5 billion–$6 billion", "6.2 to 6.6", "between 6.2 and 6.6". */
    private static final Set<String> RANGE_JOINS = Set.of("\u2013", "-", "to", "and");

    /**
     * -1 when the value is the lower bound of a range of two values of its family, 1 when it is the upper, 0 when it
     * stands alone. "From 3.75% to 3.5%" is a change, read before this; "and" joins bounds only after "between".
     */
    private static int rangeEnd(FrameSentence s, List<FrameReader.Value> values, int k, int first, int last) {
        String family = values.get(k).family();
        int j = last + 1;
        if (j + 1 < s.tokens.size() && RANGE_JOINS.contains(s.tokens.get(j).lower()) && s.valueAt[j + 1] >= 0
                && values.get(s.valueAt[j + 1]).family().equals(family) && joinsRange(s, j, first)) {
            return -1;
        }
        j = first - 1;
        if (j - 1 >= 0 && RANGE_JOINS.contains(s.tokens.get(j).lower()) && s.valueAt[j - 1] >= 0) {
            int o = s.valueAt[j - 1];
            if (o != k && values.get(o).family().equals(family) && joinsRange(s, j, AnchorAndSeries.firstOf(s, o))) {
                return 1;
            }
        }
        return 0;
    }

    /** The join at token j makes a range of the values around it: "and" only after "between", "to" not after "from". */
    private static boolean joinsRange(FrameSentence s, int j, int lowStart) {
        String join = s.tokens.get(j).lower();
        String before = lowStart > 0 ? s.tokens.get(lowStart - 1).lower() : "";
        if (join.equals("and")) {
            return before.equals("between");
        }
        return !before.equals("from");
    }

    /** "from 5.25% to 4.75%": a value of the same family follows after "to". */
    private static boolean toValueAfter(FrameSentence s, List<FrameReader.Value> values, int k, int last) {
        for (int i = last + 1; i + 1 < s.tokens.size() && i <= last + 3; i++) {
            if (s.tokens.get(i).lower().equals("to") && s.valueAt[i + 1] >= 0 && values.get(s.valueAt[i + 1]).family().equals(values.get(k).family())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fromValueInSentence(FrameSentence s, List<FrameReader.Value> values, int k) {
        for (int i = 1; i < s.tokens.size(); i++) {
            int o = s.valueAt[i];
            if (o >= 0 && o != k && values.get(o).family().equals(values.get(k).family()) && s.valueAt[i - 1] != o
                    && s.tokens.get(i - 1).lower().equals("from")) {
                return true;
            }
        }
        return false;
    }
}
