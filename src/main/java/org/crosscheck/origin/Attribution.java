package org.crosscheck.origin;

/**
 * A place where an article credits another outlet with its story or a fact of it.
 *
 * @param quote  the words of the credit, as written
 * @param name   the outlet named, as written; empty for a credit to "the wire" or "agency inputs"
 * @param offset where the credit starts in the article's text
 * @param story  true when the credit is for the story ("Reuters reported", "compiled from AP reports", a dateline);
 *               false for a fact credited to a source ("according to X", "citing X"), which reporters write of
 *               officials and data as much as of other outlets
 */
record Attribution(String quote, String name, int offset, boolean story) {

    /** True for "according to the wire service", "with agency inputs": a credit that names no outlet. */
    boolean generic() {
        return name.isEmpty();
    }
}
