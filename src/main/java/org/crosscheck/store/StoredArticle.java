package org.crosscheck.store;

import java.util.List;
import org.crosscheck.extract.Mention;

/**
 * An article as the store holds it.
 *
 * @param id                the store's key of the article row
 * @param content           the article
 * @param revision          the story's revision when this version of the article was stored
 * @param storedAt          when it was stored (ISO-8601 instant)
 * @param extractionVersion the extraction version that made its mentions
 * @param claimCount        the number of mentions recorded with the article
 * @param mentions          its mentions, or null when they must be extracted again (an older extraction version,
 *                          or stored mentions this version cannot read)
 */
public record StoredArticle(long id, ArticleContent content, long revision, String storedAt, String extractionVersion,
                            int claimCount, List<Mention> mentions) {
    public StoredArticle {
        mentions = mentions == null ? null : List.copyOf(mentions);
    }

    public String file() {
        return content.file();
    }
}
