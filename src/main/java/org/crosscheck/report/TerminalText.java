package org.crosscheck.report;

/** Makes text from articles safe to print on a terminal: no escape sequences, no bidirectional overrides. */
public final class TerminalText {

    private TerminalText() {}

    /**
     * Replaces control characters other than line breaks (an article's ESC sequences could recolour, move the
     * cursor or retitle the window) and bidirectional overrides (which can make a quote read backwards) by U+FFFD.
     */
    public static String safe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c != '\n' && (Character.getType(c) == Character.CONTROL || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069');
            if (unsafe && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(unsafe ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
