package org.crosscheck.check;

import java.util.Locale;

/** How much a finding matters; rules declare it with {@code @severity}. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Parses "error", "warning" or "info" (any case); null when the text is none of them. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
