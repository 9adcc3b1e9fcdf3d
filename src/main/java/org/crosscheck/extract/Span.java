package org.crosscheck.extract;

/** A half-open range [start, end) of Java String indices into an article's text. */
public record Span(int start, int end) {
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
