package org.crosscheck.extract.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a weekday or month without a year points, read from the nearest tense cue in the same sentence.
 * News uses bare weekdays both for the past ("met on Sunday") and the future ("will resume on Friday").
 */
enum TenseCue {
    PAST, FUTURE, NONE;

    // hyphenated words stay whole: "worst-hit town" is no past tense
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*(?:'[a-z]+)?");
    private static final Set<String> FUTURE_WORDS = Set.of(
            "will", "'ll", "shall", "won't", "due", "scheduled", "planned", "planning",
            "expected", "expect", "expects", "upcoming", "would", "tomorrow", "coming", "slated", "intends",
            "intend", "aims", "next", "until", "till", "postponed", "delayed", "adjourned", "await", "awaiting", "pending", "hopes", "soon",
            "should");
    private static final Set<String> PAST_WORDS = Set.of(
            "was", "were", "had", "did", "said", "told", "met", "held", "began", "begun", "came", "went", "took",
            "made", "gave", "left", "saw", "won", "lost", "fell", "rose", "ago", "last", "yesterday", "earlier",
            "hit", "struck", "sent", "spoke", "wrote", "ran", "found", "got", "been", "became", "brought", "sold",
            "bought", "paid", "kept", "led", "put", "quit", "shot", "thought", "felt", "heard", "knew", "meant",
            "caught", "died", "saying", "says", "reportedly", "ended", "since");
    /** Lower-case words ending in -ed that are not past-tense verbs. */
    private static final Set<String> NOT_PAST = Set.of(
            "need", "needed", "indeed", "speed", "proceed", "exceed", "succeed", "hundred", "based", "red",
            "bed", "feed", "seed", "breed", "embed", "shed", "wed", "proposed", "unexpected", "unprecedented",
            "armed", "detailed", "limited", "advanced", "renewed", "related", "so-called", "alleged", "expanded");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our");
    private static final int WORDS_BEFORE = 12;
    private static final int WORDS_AFTER = 10;
    private static final int MAX_CHARS = 160;

    /** The cue nearest to text[start, end) within its sentence, reading the words before it first. */
    static TenseCue around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        String[] before = words(text.substring(from, start));
        String[] after = words(text.substring(end, to));
        // The verb governing a time adverbial usually precedes it in news prose ("met on Sunday", "will resume
        // on Friday"); words after it belong to the next clause more often, so they are consulted only second.
        for (int i = 0; i < Math.min(before.length, WORDS_BEFORE); i++) {
            int k = before.length - 1 - i;
            TenseCue c = classify(before[k], k > 0 ? before[k - 1] : "", k + 1 < before.length ? before[k + 1] : "");
            if (c != NONE) return c;
        }
        for (int i = 0; i < Math.min(after.length, WORDS_AFTER); i++) {
            TenseCue c = classify(after[i], i > 0 ? after[i - 1] : "", i + 1 < after.length ? after[i + 1] : "");
            if (c != NONE) return c;
        }
        return NONE;
    }

    /** Tense signalled by {@code word}; its neighbours expose passives ("will be named") and idioms ("next to"). */
    static TenseCue classify(String word, String previous, String following) {
        String w = word.toLowerCase(Locale.ROOT);
        String p = previous.toLowerCase(Locale.ROOT);
        if (w.equals("next") && following.equalsIgnoreCase("to")) return NONE; // "next to the embassy"
        if ((w.equals("plans") || w.equals("plan") || w.equals("set") || w.equals("is") || w.equals("are"))
                && following.equalsIgnoreCase("to")) {
            return FUTURE; // "plans to hold", "set to resume", "is to visit"
        }
        if ((w.equals("until") || w.equals("till")) && p.isEmpty()) return NONE; // "Until Thursday, they had not..."
        if (w.equals("planned") || w.equals("scheduled") || w.equals("expected") || w.equals("slated")) {
            // "scheduled to meet", "has planned a rally" look ahead; "a hastily planned trip" is a description
            boolean descriptive = p.endsWith("ly") || p.equals("a") || p.equals("an") || p.equals("the");
            return descriptive ? NONE : FUTURE;
        }
        if (FUTURE_WORDS.contains(w) || w.endsWith("'ll")) return FUTURE;
        if (w.equals("early") && p.equals("as")) return FUTURE; // "as early as Tuesday"
        boolean participle = w.endsWith("ed") || PAST_WORDS.contains(w);
        if (participle && (p.equals("be") || p.equals("is") || p.equals("are") || p.equals("being") || p.equals("to"))) {
            return NONE; // "will be held", "is heard", "to be completed": the tense sits on an earlier word
        }
        if (PAST_WORDS.contains(w)) return PAST;
        boolean lower = Character.isLowerCase(word.charAt(0));
        // "a still unspecified date", "the newly renovated hall": an -ed word after a determiner or adverb describes
        boolean describes = DETERMINERS.contains(p) || p.endsWith("ly") || p.equals("still") || p.equals("very");
        if (lower && w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w) && !describes) return PAST;
        return NONE;
    }

    private static String[] words(String s) {
        Matcher m = WORD.matcher(s);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group());
        return out.toArray(new String[0]);
    }

    /**
     * Sentence ends at ! ? a line break, or a period after a word of two or more letters followed by a capital;
     * "a.m.", "U.S." and "Oct." do not end a sentence for this purpose.
     */
    private static int sentenceStart(String text, int start) {
        int lo = Math.max(0, start - MAX_CHARS);
        for (int i = start - 1; i > lo; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)))) return i + 1;
            if (c == '.' && isSentencePeriod(text, i)) return i + 1;
        }
        return lo;
    }

    private static boolean isSentencePeriod(String text, int i) {
        if (i + 2 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) return false;
        int j = i + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        if (j < text.length() && Character.isLowerCase(text.charAt(j))) return false;
        int k = i - 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
        int letters = i - 1 - k;
        if (letters == 1) return false; // initials and "a.m."
        String word = text.substring(k + 1, i);
        return !ABBREVIATIONS.contains(word);
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Corp",
            "Inc", "Co", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
            "Prof", "Rev", "vs", "Calif", "Conn", "Mass", "Wash", "Ill", "Fla", "Tex", "Va", "Pa", "Md", "Mich");

    private static int sentenceEnd(String text, int end) {
        int hi = Math.min(text.length(), end + MAX_CHARS);
        for (int i = end; i < hi; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?') return i;
            if (c == '.' && (i + 1 >= text.length() || isSentencePeriod(text, i))) return i;
        }
        return hi;
    }
}
