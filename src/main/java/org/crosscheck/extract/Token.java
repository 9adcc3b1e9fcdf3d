package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word, number or punctuation mark with its offsets in the article. */
public record Token(int start, int end, String text, String lower) {

    private static final Pattern TOKEN = Pattern.compile(
            // possessive: a run such as "1,1,1,..." must not make the regex engine recurse once per group
            "\\p{L}[\\p{L}\\p{M}]*+(?:[\\-'\u2019.][\\p{L}\\p{M}]++)*+\\.?|\\d++(?:[.,]\\d++)*+|\\S");

    /** Tokens of {@code text} between {@code from} and {@code to}. */
    public static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            // keep "U.S." whole, but a sentence-final "talks." is the word "talks"
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                out.add(new Token(m.start(), m.end() - 1, t.substring(0, t.length() - 1), t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT)));
            } else {
                out.add(new Token(m.start(), m.end(), t, t.toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Commas, semicolons, colons, dashes and brackets end a clause for the purpose of attaching cues. */
    public boolean isClauseBreak() {
        return text.length() == 1 && ";:()[]\u2014".indexOf(text.charAt(0)) >= 0;
    }
}
