package org.crosscheck.report;

/**
 * A 1-based line and column in an article, as editors and SARIF count them.
 *
 * @param line   1-based line
 * @param column 1-based column in UTF-16 code units
 */
public record TextPosition(int line, int column) {

    /** The line and column of {@code offset} in {@code text}; \r\n and \n both end a line. */
    public static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }
}
