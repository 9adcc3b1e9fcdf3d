package org.crosscheck.ingest;

/** Input the tool cannot use, with a one-line message that says which file and what to do. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
