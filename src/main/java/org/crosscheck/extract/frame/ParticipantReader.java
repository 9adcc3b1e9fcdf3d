package org.crosscheck.extract.frame;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.ClaimKind;

/**
 * Who a value is about, read from its clause: a list label, the nearest name that is neither a place, a speaker, a
 * recipient nor a name that only leads another, a possessive, a name after "for", "by" or "of"; for a date, the name
 * right before it.
 */
final class ParticipantReader {

    private ParticipantReader() {
    }

    /**
     * Who the value is about: a list label ("Greens: 57", "Greens 57"), the nearest name to the left that is
     * not a place or an object ("the Greens had won 57 seats"), a possessive ("the Greens' majority of 86"), or a name
     * right after "for", "by" or "of" ("410 seats for Labour").
     */
    static Set<String> participants(FrameSentence s, int first, int last, int left, int right) {
        Set<String> out = new TreeSet<>();
        int i = first - 1;
        while (i >= left && (s.tokens.get(i).text().equals(":") || s.tokens.get(i).text().equals(",") && i == first - 1)) {
            i--;
        }
        if (i >= left && s.name[i] && s.nameKey[i] != null) {
            // a label or a name right before the value, unless it is a place ("in Bexamport killed 26")
            String prep = prepositionBefore(s, s.runStart[i]);
            if (!FrameReader.PLACE_PREPOSITIONS.contains(prep) && !OPPONENT_WORDS.contains(prep) && !recipientOrAside(s, s.runStart[i], i)
                    && !(s.places.contains(s.tokens.get(s.runStart[i]).lower()) && s.runStart[i] == i)) {
                addName(s, i, out);
                return out;
            }
        }
        int skipped = 0; // tokens of an abbreviation in brackets or of a "led by" phrase: they do not count as distance
        for (int j = first - 1; j >= s.reachLeft(left) && first - j - skipped <= FrameReader.SUBJECT_REACH; j--) {
            String t = s.tokens.get(j).text();
            if (t.equals(":") || t.equals("/")) {
                break; // "New City/Old Town: All 22 crew ...", "BREAKING: the toll rose to 120": a dateline or a label
            }
            if (s.bracketOpen[j] >= 0) {
                skipped += j - s.bracketOpen[j] + 1;
                j = s.bracketOpen[j]; // "the Unity Front (UF) won": the abbreviation repeats the name before it
                continue;
            }
            if (!s.name[j] || s.nameKey[j] == null) {
                continue;
            }
            int start = s.runStart[j];
            String prep = prepositionBefore(s, start);
            boolean possessive = FrameReader.POSSESSIVE.matcher(s.tokens.get(j).lower()).matches();
            if (OPPONENT_WORDS.contains(prep) && !possessive) {
                continue; // "silver behind Kaur in 12.71", "against Mendes": the other party, not whose value it is
            }
            if (recipientOrAside(s, start, j)) {
                continue; // "will send Ukraine five batteries", "with Norway supplying parts, would send four": not whose they are
            }
            boolean ownValue = first - j == 1 || first - j == 2 && s.tokens.get(j + 1).lower().equals("with");
            if (modifierAgent(s, start) && !ownValue) { // "led by the Greens with 63": the 63 is the Greens' own
                int by = start - 1;
                while (!s.tokens.get(by).lower().equals("by")) {
                    by--;
                }
                skipped += j - (by - 1) + 1;
                j = by - 1;
                continue; // "the Unity bloc, led by the Greens, won 57 seats": the bloc won them, not the party that leads it
            }
            // "Dorrance said 21 crew members ...": who speaks is not what the number is about
            boolean speaker = speaks(s, j) || accordingTo(s, start);
            if (speaker || s.places.contains(s.tokens.get(start).lower()) && start == j) {
                continue; // a speaker, or a one-word place name ("the Fenamport storm left 24 dead"): not who is counted
            }
            if (possessive || !FrameReader.PLACE_PREPOSITIONS.contains(prep) && !prep.equals("of") || wentTo(s, start)) {
                addName(s, j, out);
                break;
            }
        }
        if (out.isEmpty()) {
            sentenceSubject(s, first, out);
        }
        for (int j = last + 1; j <= right && j - last <= 4; j++) {
            String w = s.tokens.get(j).lower();
            if ((w.equals("for") || w.equals("by") || w.equals("of")) && j + 1 <= right) {
                int m = j + 1;
                while (m <= right && FrameReader.DETERMINERS.contains(s.tokens.get(m).lower())) {
                    m++;
                }
                int end = m;
                while (end + 1 <= right && s.name[end + 1]) {
                    end++;
                }
                if (m <= right && s.name[m] && s.nameKey[end] != null) {
                    addName(s, end, out);
                }
                break;
            }
        }
        return out;
    }

    /** Participles that make the name after "by" a modifier of another name: "led by", "backed by", "owned by". */
    private static final Set<String> MODIFIER_PARTICIPLES = Set.of("led", "headed", "backed", "supported", "owned", "run",
            "chaired", "founded", "controlled", "dominated", "anchored", "spearheaded", "fronted");

    /** "according to Halvard", "according to the Fenland media": whoever tells, not whom the value is about. */
    private static boolean accordingTo(FrameSentence s, int start) {
        int b = start - 1;
        while (b >= 0 && FrameReader.DETERMINERS.contains(s.tokens.get(b).lower())) {
            b--;
        }
        if (b >= 0 && s.tokens.get(b).lower().equals("according")) {
            return true;
        }
        return b >= 1 && s.tokens.get(b).lower().equals("to") && s.tokens.get(b - 1).lower().equals("according");
    }

    /** Verbs whose bare object names who receives: "send Ukraine five batteries", "gave the club 40 million". */
    private static final Set<String> GIVING_VERBS = Set.of("send", "sends", "sent", "sending", "give", "gives", "gave", "giving",
            "offer", "offers", "offered", "grant", "granted", "promise", "promised", "promises", "lend", "lent", "owe", "owes", "owed");

    /**
     * The name of the run [start, end] receives what the value counts ("will send Ukraine five batteries") or stands in
     * an aside of "with" and a participle ("with Norway supplying parts"): in neither is it whose value it is.
     */
    private static boolean recipientOrAside(FrameSentence s, int start, int end) {
        int b = start - 1;
        while (b >= 0 && FrameReader.DETERMINERS.contains(s.tokens.get(b).lower())) {
            b--;
        }
        if (b >= 0 && GIVING_VERBS.contains(s.tokens.get(b).lower())) {
            return true;
        }
        return b >= 0 && s.tokens.get(b).lower().equals("with") && end + 1 < s.tokens.size()
                && s.tokens.get(end + 1).lower().endsWith("ing") && s.tokens.get(end + 1).isWord();
    }

    /** "The title went to Ana Kaur in 12.58": the name after "went to" is whose value it is, not a place. */
    private static boolean wentTo(FrameSentence s, int start) {
        return start >= 2 && s.tokens.get(start - 1).lower().equals("to")
                && Set.of("went", "goes", "go", "going", "gone").contains(s.tokens.get(start - 2).lower());
    }

    /** The name starting at {@code start} follows "led by (the)" or the like. */
    private static boolean modifierAgent(FrameSentence s, int start) {
        int b = start - 1;
        while (b >= 0 && FrameReader.DETERMINERS.contains(s.tokens.get(b).lower())) {
            b--;
        }
        return b >= 1 && s.tokens.get(b).lower().equals("by") && MODIFIER_PARTICIPLES.contains(s.tokens.get(b - 1).lower());
    }

    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "del", "della", "di", "da", "la", "le", "von", "van");

    /** Words before a name that make it the other party of a contest, not the one the value is said of. */
    private static final Set<String> OPPONENT_WORDS = Set.of("behind", "against", "versus", "vs", "beating", "edging", "past",
            "than", "over");

    /**
     * The word before a name, past an article when a preposition of place stands before that: "at the Grand Arena"
     * gives "at"; "went to the runner Ana Kaur" gives "the", for "to" also names who receives.
     */
    private static String prepositionBefore(FrameSentence s, int start) {
        while (start > 1 && NAME_PARTICLES.contains(s.tokens.get(start - 1).lower()) && s.name[start - 2]) {
            start = s.runStart[start - 2]; // "the Campo de Rivoli": one name across its particle
        }
        String before = start > 0 ? s.tokens.get(start - 1).lower() : "";
        int end = start;
        while (end + 1 < s.tokens.size() && s.name[end + 1] && s.runStart[end + 1] == start) {
            end++;
        }
        // "from the Fenamport storm": the preposition governs the noun the name modifies, not the name
        boolean modifiesNoun = end + 1 < s.tokens.size() && s.nounish(end + 1);
        if (start > 1 && !modifiesNoun && (before.equals("the") || before.equals("a"))) {
            String prep = s.tokens.get(start - 2).lower();
            if (!prep.equals("to") && (FrameReader.PLACE_PREPOSITIONS.contains(prep) || OPPONENT_WORDS.contains(prep))) {
                return prep;
            }
        }
        return before;
    }

    /** Longest apposition skipped between a name and its reporting verb. */
    private static final int APPOSITION_REACH = 8;

    /**
     * The name ending at {@code j} is who speaks: "Dorrance said", "Dorrance, said", "the Harbour Board, the port's
     * operator, said", "the agency (ARX) reported": a reporting verb right after it or after an apposition.
     */
    private static boolean speaks(FrameSentence s, int j) {
        int n = s.tokens.size();
        int i = j + 1;
        if (i < n && (s.tokens.get(i).text().equals(",") || s.tokens.get(i).text().equals("("))) {
            String close = s.tokens.get(i).text().equals(",") ? "," : ")";
            int k = i + 1;
            while (k < n && k - i <= APPOSITION_REACH && !s.tokens.get(k).text().equals(close) && s.valueAt[k] < 0) {
                k++;
            }
            if (k < n && s.tokens.get(k).text().equals(close)) {
                i = k + 1;
                if (close.equals(")") && i < n && s.tokens.get(i).text().equals(",")) {
                    i++;
                }
            } else if (close.equals(",")) {
                i = j + 2; // "Dorrance, said": a comma alone
            }
        }
        return i < n && org.crosscheck.extract.Lexicon.isReporting(s.tokens.get(i).lower());
    }

    /**
     * The name a sentence opens with, when what stands between it and the value is only a parenthesis, an
     * apposition and the verb: "Marta Velko (Chile) won in 10.71", "Marta Velko, the champion two years ago, ran 10.81".
     * The clause around the value stops at the parenthesis or the other value, yet the sentence is still about her.
     */
    private static void sentenceSubject(FrameSentence s, int first, Set<String> out) {
        int i = 0;
        while (i < first && (!s.tokens.get(i).isWord() || s.tokens.get(i).lower().equals("the"))) {
            i++; // a list's bullet or dash, an article: "- The Maritime Agency (MA) put ..."
        }
        if (i >= first || !s.name[i]) {
            return;
        }
        int end = i;
        while (end + 1 < first && s.name[end + 1]) {
            end++;
        }
        if (s.nameKey[end] == null || s.valueAt[end] >= 0 || s.places.contains(s.tokens.get(i).lower()) && end == i
                || speaks(s, end)) {
            return;
        }
        int depth = 0;
        boolean apposition = false;
        for (int j = end + 1; j < first; j++) {
            String t = s.tokens.get(j).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.equals(",")) {
                apposition = !apposition;
            } else if (depth == 0 && !apposition && (s.name[j] || s.valueAt[j] >= 0 || FrameReader.HARD_BREAKS.indexOf(t.charAt(0)) >= 0)) {
                return; // someone or something else comes between: "Marta Velko beat Sun Ilan, who ran 10.81"
            }
        }
        if (depth == 0 && !apposition) {
            addName(s, end, out);
        }
    }

    /**
     * Whose age it is: the name right after "a 22-year-old son, Tobin", else the name it follows ("Tobin, 22", "Tobin
     * Harrow (21)").
     */
    static Set<String> agedWho(FrameSentence s, int first, int last, int left, int right) {
        Set<String> out = new TreeSet<>();
        for (int j = last + 1; j <= right && j - last <= 4; j++) {
            if (s.name[j]) {
                int end = j;
                while (end + 1 <= right && s.name[end + 1]) {
                    end++;
                }
                if (s.nameKey[end] != null) {
                    addName(s, end, out);
                    return out;
                }
            }
            if (s.tokens.get(j).isWord() && !s.nounish(j) && !s.tokens.get(j).text().equals(",")) {
                break;
            }
        }
        for (int j = first - 1; j >= left && first - j <= 3; j--) {
            if (s.name[j] && s.nameKey[j] != null) {
                addName(s, j, out);
                return out;
            }
        }
        return out;
    }

    /**
     * For a date, who acts only when the name stands right before it: "Iran on Saturday condemned", "the WHO on
     * Wednesday declared". A name further away is as often a place or someone else as the one who acted.
     */
    static Set<String> adjacentSubject(FrameSentence s, int first, int left) {
        Set<String> out = new TreeSet<>();
        int i = first - 1;
        while (i >= left && (s.tokens.get(i).lower().equals("on") || s.tokens.get(i).text().equals(","))) {
            i--;
        }
        if (i >= 2 && s.tokens.get(i).text().equals(")")) {
            // "The Africa Agency (AA) today declared": the name stands before its abbreviation
            int open = i - 1;
            while (open > 0 && i - open <= 4 && !s.tokens.get(open).text().equals("(")) {
                open--;
            }
            if (s.tokens.get(open).text().equals("(")) {
                i = open - 1;
            }
        }
        if (i >= 0 && s.name[i] && s.nameKey[i] != null && i < first - 0) {
            String prep = s.runStart[i] > 0 ? s.tokens.get(s.runStart[i] - 1).lower() : "";
            if (!FrameReader.PLACE_PREPOSITIONS.contains(prep) && !prep.equals("of")) {
                addName(s, i, out);
            }
        }
        return out;
    }

    /** Every name of the clause: for a date or a time, who and where it concerns ("Adeyemi ... in Valdane Square"). */
    static Set<String> namesIn(FrameSentence s, List<FrameReader.Value> values, int left, int right) {
        Set<String> out = new TreeSet<>();
        for (int i = left; i <= right; i++) {
            boolean place = s.valueAt[i] >= 0 && values.get(s.valueAt[i]).kind() == ClaimKind.PLACE;
            if (s.name[i] && s.nameKey[i] != null && (s.valueAt[i] < 0 || place)) {
                addName(s, i, out);
            }
        }
        return out;
    }

    private static void addName(FrameSentence s, int endOfRun, Set<String> out) {
        for (String f : s.nameKey[endOfRun].split("\\|")) {
            out.add(f);
        }
    }
}
