package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences: every line break ends one (headlines and bylines are their
 * own lines in news copy), and so does . ! or ? before a capital, except after abbreviations such
 * as "U.S." or "Oct." and single initials.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr",
            "inc", "corp", "ltd", "co", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "approx", "est", "dept", "govt", "pres"));

    private SentenceSplitter() {}

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                add(out, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean endsSentence(String text, int dot) {
        int j = dot + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C'
                || next == '\'' || next == '\u2018' || next == '(' || next == '\n' || next == '\r';
        if (!opener || text.charAt(dot) != '.') {
            return opener;
        }
        // "U.S. President" and "Oct. 24" do not end a sentence; "the U.S. The talks" usually does, but
        // news copy writes U.S. before names and titles far more often, so the guard errs that way.
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
