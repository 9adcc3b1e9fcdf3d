package org.crosscheck.ingest;

/** Input the tool cannot use, with a one-line message that says which file and what to do. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(oneLine(message));
    }

    /**
     * Messages quote names and values from the input (a manifest "file" can hold a newline, found by fuzzing),
     * so control characters are shown escaped: the message stays one line and a terminal never interprets it.
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
