package org.crosscheck.check;

/** A rules folder that cannot be used: a syntax error (with file and line), missing metadata, or no rules. */
public final class RuleException extends Exception {
    public RuleException(String message) {
        super(message);
    }
}
