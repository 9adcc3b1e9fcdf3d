package org.crosscheck.ingest;

import java.util.List;

/**
 * The articles of one run, sorted by file, and what was noticed while reading them.
 *
 * @param articles the readable articles, ids assigned in file order
 * @param warnings one line per file skipped or read with a fallback, for the report
 */
public record Corpus(List<Article> articles, List<String> warnings) {
    public Corpus {
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }
}
