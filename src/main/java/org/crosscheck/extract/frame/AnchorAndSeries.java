package org.crosscheck.extract.frame;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.extract.ClaimKind;

/**
 * What ties a value to a time or a place in a series, read from its clause: the anchor ("418 seats in 1997", "at
 * the end of 1994") and which one of a series it is ("the second goal", a medal's colour, "finished fifth").
 */
final class AnchorAndSeries {

    private AnchorAndSeries() {
    }

    /**
     * The year of another date in the clause that belongs to this value, when it is not the year of publication:
     * "418 seats in 1997", "the 2018 fire killed 85". A date belongs to the value nearest to it, so in "121
     * seats, 251 fewer than its 2019 total" the year is the 251's; a date after "since" or "than" is a point of
     * comparison ("the lowest since 2001"), not the value's time.
     */
    static String anchor(List<FrameReader.Value> values, int k, FrameSentence s, int left, int right, int publicationYear) {
        if (values.get(k).kind() == ClaimKind.DATE) {
            return "";
        }
        int first = firstOf(s, k);
        int last = lastOf(s, k);
        for (int i = left; i <= right; i++) {
            int o = s.valueAt[i];
            if (o < 0 || o == k || values.get(o).kind() != ClaimKind.DATE || values.get(o).year() <= 0
                    || values.get(o).year() == publicationYear || i > 0 && s.valueAt[i - 1] == o) {
                continue;
            }
            String before = i > 0 ? s.tokens.get(i - 1).lower() : "";
            if (before.equals("since") || before.equals("than") || before.equals("until") || before.equals("before")) {
                continue;
            }
            if (inAppositionApart(s, i, first, last, left, right)) {
                continue; // "Oduya, champion in 2019, ran 12.58": the year is the title's, not the time's
            }
            int d = i < first ? first - i : i - last;
            boolean nearer = false;
            for (int j = Math.max(0, i - d + 1); j < Math.min(s.tokens.size(), i + d); j++) {
                int p = s.valueAt[j];
                if (p >= 0 && p != k && p != o && values.get(p).kind() != ClaimKind.DATE && values.get(p).kind() != ClaimKind.PLACE) {
                    nearer = true;
                    break;
                }
            }
            if (!nearer && d <= 10) {
                return anchorOf(values.get(o));
            }
        }
        return "";
    }

    /**
     * The anchor a date gives: its month or quarter when it names one ("1993-06", "1993-Q1"), else its year, with the
     * part of the year the temporal engine read ("1993 (late)" for "at the end of 1993", whose span ends on 31
     * December). Two anchors of one time are one a prefix of the other, so "in 1993" stays compatible with "in June
     * 1993" and "early 1993" is not "late 1993".
     */
    private static String anchorOf(FrameReader.Value date) {
        String year = Integer.toString(date.year());
        String shown = date.shown();
        if (shown.startsWith(year + "-") && (shown.length() == 7 || shown.length() == 10)) {
            return shown.substring(0, 7); // a month or a quarter: the day itself is too fine for "in June 1993"
        }
        java.time.LocalDate first = java.time.LocalDate.ofEpochDay((long) date.low());
        java.time.LocalDate last = java.time.LocalDate.ofEpochDay((long) date.high());
        boolean fromStart = first.getDayOfYear() == 1;
        boolean toEnd = last.getMonthValue() == 12 && last.getDayOfMonth() == 31;
        if (!shown.equals(year) || fromStart && toEnd || first.getYear() != last.getYear()) {
            return year;
        }
        return year + (fromStart ? " (early)" : toEnd ? " (late)" : " (mid)");
    }

    /** Longest apposition read as a title ("the 1993 world champion", "champion in Lisbon last year"). */
    private static final int APPOSITION_LENGTH = 8;
    /** Words that open a clause between commas, not an apposition. */
    private static final Set<String> NOT_APPOSITION = Set.of("and", "but", "or", "while", "as", "since", "after", "before",
            "when", "where", "although", "though", "because");

    /** Whether token i stands in a comma-bounded apposition after a name that the value [first, last] is outside of. */
    private static boolean inAppositionApart(FrameSentence s, int i, int first, int last, int left, int right) {
        int open = -1;
        for (int j = i - 1; j >= left; j--) {
            if (s.tokens.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        int close = -1;
        for (int j = i + 1; j <= right; j++) {
            if (s.tokens.get(j).text().equals(",")) {
                close = j;
                break;
            }
        }
        if (open <= 0 || close <= 0 || !(last < open || first > close) || close - open - 1 > APPOSITION_LENGTH
                || NOT_APPOSITION.contains(s.tokens.get(open + 1).lower())) {
            return false; // ", and the worst since a crash in 1987," is a clause of its own, not a title
        }
        boolean dateOnly = true;
        for (int j = open + 1; j < close; j++) {
            dateOnly &= s.valueAt[j] == s.valueAt[i];
        }
        if (dateOnly) {
            return false; // "a ferry fire off the cape, May 3, 1991, 77 killed": the date itself is the apposition
        }
        // a sentence's first word is not marked a name; "However, in 2019, ..." is no apposition
        String lead = s.tokens.get(0).text();
        boolean initialName = open == 1 && Character.isUpperCase(lead.charAt(0))
                && PartsOfSpeech.get().main(s.lemma[0]) != PartsOfSpeech.ADVERB
                && !FrameReader.PLACE_PREPOSITIONS.contains(s.tokens.get(open + 1).lower());
        return s.name[open - 1] || initialName;
    }

    static int firstOf(FrameSentence s, int k) {
        for (int i = 0; i < s.valueAt.length; i++) {
            if (s.valueAt[i] == k) {
                return i;
            }
        }
        return -1;
    }

    private static int lastOf(FrameSentence s, int k) {
        for (int i = s.valueAt.length - 1; i >= 0; i--) {
            if (s.valueAt[i] == k) {
                return i;
            }
        }
        return -1;
    }

    /** "the second goal", "the first day of talks", "its fourth flight": which one of a series. */
    static int series(FrameSentence s, int first, int last, int left, int right) {
        for (int i = Math.max(left, first - 4); i <= Math.min(right, last + 4); i++) {
            String w = s.tokens.get(i).lower();
            if (s.valueAt[i] < 0 && FrameReader.ORDINALS.contains(w)) {
                return org.crosscheck.extract.NumberWords.ordinal(w); // one of FrameReader.ORDINALS: first to twelfth
            }
        }
        return 0;
    }

    /** The place a medal's colour gives a time or a margin: gold 1, silver 2, bronze 3; 0 without one. */
    static int medal(FrameSentence s, int first, int last) {
        // "edged her for bronze by a tenth in 12.58", "won silver in 12.49": a medal's colour is its place; the
        // nearest colour in the clause, past the margin that shares the clause's words
        for (int d = 1; d <= MEDAL_REACH; d++) {
            for (int side = 0; side < 2; side++) {
                int i = side == 0 ? first - d : last + d;
                int place = i < 0 || i >= s.tokens.size() ? 0 : MEDALS.indexOf(s.tokens.get(i).lower()) + 1;
                if (place > 0 && s.valueAt[i] < 0 && !crossesBreak(s, i, first, last) && medalSense(s, i)) {
                    return place;
                }
            }
        }
        return 0;
    }

    /** Verbs of where a competitor ended up: "finished fifth", "came in third", "placed second". */
    private static final Set<String> FINISH_VERBS = Set.of("finished", "finishes", "finishing", "finish", "came", "comes",
            "placed", "placing", "ended", "crossed");
    /** Words that make a race time the winner's: "won in 12.41", "the champion's 12.41", "crowned in 12.41". */
    private static final Set<String> WINNER_WORDS = Set.of("won", "wins", "winning", "winner", "winner's", "champion",
            "champion's", "crowned", "victory", "victorious", "triumphed");

    /**
     * The place a clause gives its competitor's value: the ordinal after a finishing verb ("finished in fifth position
     * with 12.77", "came third in 12.58"), even when the ordinal is a claim of its own; for a race time, 1 when the clause
     * says it won ("won ... clocking 12.41") outside an apposition. 0 without either.
     */
    static int finish(FrameSentence s, int first, int last, int left, int right, boolean raceTime) {
        for (int i = left; i <= right; i++) {
            if (!FINISH_VERBS.contains(s.tokens.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(right, i + 3); j++) {
                String w = s.tokens.get(j).lower();
                if (FrameReader.ORDINALS.contains(w)) {
                    return org.crosscheck.extract.NumberWords.ordinal(w); // one of FrameReader.ORDINALS: first to twelfth
                }
                if (!w.equals("in") && !w.equals("the") && !w.equals("at")) {
                    break;
                }
            }
        }
        if (raceTime) {
            for (int i = left; i <= right; i++) {
                if (WINNER_WORDS.contains(s.tokens.get(i).lower()) && !inAppositionApart(s, i, first, last, left, right)) {
                    return 1; // but "X, world champion last year, ran 12.58" is a title, not this race's win
                }
            }
        }
        return 0;
    }

    private static final List<String> MEDALS = List.of("gold", "silver", "bronze");
    private static final int MEDAL_REACH = 8;
    private static final Set<String> MEDAL_VERBS = Set.of("won", "win", "wins", "winning", "took", "take", "takes", "taking",
            "claimed", "claim", "claims", "clinched", "grabbed", "earned", "for", "to");

    private static boolean crossesBreak(FrameSentence s, int i, int first, int last) {
        for (int j = Math.min(i, first); j <= Math.max(i, last); j++) {
            if (s.hardBreak(j) || s.tokens.get(j).text().equals(",") || s.tokens.get(j).lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

        /** Words that may stand between a verb and a medal's colour: an event's label ("took 100m silver"). */
    private static final Pattern EVENT_LABEL = Pattern.compile(".*\\d.*|m|km|metres?|meters?|the|olympic|world");

    /** "gold medal", "won silver", "for bronze": the colour of a medal, not a metal's price. */
    private static boolean medalSense(FrameSentence s, int i) {
        if (i + 1 < s.tokens.size() && s.tokens.get(i + 1).lower().startsWith("medal")) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String w = s.tokens.get(j).lower();
            if (MEDAL_VERBS.contains(w)) {
                return true;
            }
            if (!EVENT_LABEL.matcher(w).matches()) {
                return false; // only an event label ("100m", "Olympic") may stand between the verb and the colour
            }
        }
        return false;
    }
}
