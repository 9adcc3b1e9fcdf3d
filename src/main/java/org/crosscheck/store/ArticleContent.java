package org.crosscheck.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as a client sent it and as crosscheck read it: what the store keeps besides its mentions.
 *
 * @param file    the article's name in its story (the path a manifest would give), unique in the story
 * @param source  who published it
 * @param published publication date, or null
 * @param format  which field the content came in: "text" or "html"
 * @param content the content as received
 * @param text    the text as read (front matter removed, HTML reduced to its text); claim offsets index it
 * @param notes   what reading it noticed (a bad date in its front matter, ...), for the report's warnings
 */
public record ArticleContent(String file, String source, LocalDate published, String format, String content, String text,
                             List<String> notes) {
    public ArticleContent {
        notes = List.copyOf(notes);
    }
}
