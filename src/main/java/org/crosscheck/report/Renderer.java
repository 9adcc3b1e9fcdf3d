package org.crosscheck.report;

/** Turns a report into the bytes of one output format. */
public interface Renderer {
    String render(Report report);
}
