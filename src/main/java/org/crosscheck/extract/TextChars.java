package org.crosscheck.extract;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters of a piece of text, read once so that many patterns can ask cheaply whether they could match
 * in it: the text case-folded as case-insensitive patterns compare characters, the Latin-1 characters it has, and
 * those above Latin-1.
 */
public final class TextChars {

    private final String folded;
    private final BitSet latin = new BitSet(256);
    private final int[] high;

    public TextChars(CharSequence text, int start, int end) {
        StringBuilder f = new StringBuilder(end - start);
        java.util.TreeSet<Integer> above = null;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 256) {
                latin.set(c);
            } else {
                int cp = Character.codePointAt(text, i);
                if (above == null) {
                    above = new java.util.TreeSet<>();
                }
                above.add(cp);
            }
            f.append(fold(c));
        }
        folded = f.toString();
        high = above == null ? new int[0] : above.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A character as a case-insensitive, Unicode-aware pattern compares it. */
    public static char fold(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
    }

    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    /** The text case-folded, of the same length. */
    public String folded() {
        return folded;
    }

    /** True when a character of the text is in {@code members} (below 256) or, above, matches {@code cls}. */
    public boolean hasAny(BitSet members, Pattern cls) {
        if (latin.intersects(members)) {
            return true;
        }
        for (int cp : high) {
            if (cls.matcher(new String(Character.toChars(cp))).matches()) {
                return true;
            }
        }
        return false;
    }
}
