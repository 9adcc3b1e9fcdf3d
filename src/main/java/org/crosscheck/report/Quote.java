package org.crosscheck.report;

import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/**
 * A claim's quote split out of its sentence, so renderers can highlight it in place.
 *
 * @param before the sentence up to the quote
 * @param quote  the quote itself
 * @param after  the sentence after the quote
 */
public record Quote(String before, String quote, String after) {

    /** The quote in its sentence; when the sentence cannot be lined up with the article, the quote alone. */
    public static Quote of(Article article, Claim c) {
        String sentence = c.sentence() == null ? "" : c.sentence();
        String text = article == null ? "" : article.text();
        // Prefer the article offsets: the same words can occur twice in one sentence.
        if (!sentence.isEmpty() && c.start() >= 0 && c.end() <= text.length() && c.start() <= c.end()) {
            int from = text.lastIndexOf(sentence, c.start());
            if (from >= 0 && from + sentence.length() >= c.end()) {
                return new Quote(oneLine(text.substring(from, c.start())), oneLine(text.substring(c.start(), c.end())),
                        oneLine(text.substring(c.end(), from + sentence.length())));
            }
        }
        int at = c.text() == null || c.text().isEmpty() ? -1 : sentence.indexOf(c.text());
        if (at >= 0) {
            return new Quote(oneLine(sentence.substring(0, at)), oneLine(c.text()), oneLine(sentence.substring(at + c.text().length())));
        }
        return new Quote("", oneLine(c.text() == null ? "" : c.text()), "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
