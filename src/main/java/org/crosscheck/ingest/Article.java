package org.crosscheck.ingest;

import java.time.LocalDate;

/**
 * One article as read from disk: its decoded text, where it came from and when it was published.
 *
 * @param id        short stable id ("a1", "a2", ...) assigned in order of {@code file}
 * @param file      path relative to the input folder, with '/' separators
 * @param source    who published it (manifest, front matter, meta tag, or the file name)
 * @param published publication date, or null when no source gave one
 * @param text      the decoded content that every claim offset indexes into
 */
public record Article(String id, String file, String source, LocalDate published, String text) {
    /** True when relative expressions ("on Friday") can be resolved to calendar dates. */
    public boolean hasPublicationDate() {
        return published != null;
    }
}
