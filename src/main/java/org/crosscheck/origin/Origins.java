package org.crosscheck.origin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Article;

/** The origins of a run's articles: every article belongs to exactly one; one with no detectable origin is its own. */
public final class Origins {

    private static final Origins NONE = new Origins(List.of());

    private final List<Origin> origins;
    private final Map<String, Origin> byArticle = new HashMap<>();

    /** @param origins the origins, in the order of their original's article */
    public Origins(List<Origin> origins) {
        this.origins = List.copyOf(origins);
        for (Origin o : this.origins) {
            for (String a : o.members()) {
                byArticle.put(a, o);
            }
        }
    }

    /** Each article its own origin, under its own outlet: what a run assumes when no detection ran. */
    public static Origins separate(List<Article> articles) {
        return new Origins(articles.stream().map(a -> new Origin(a.id(), OutletNames.outlet(a.source()), List.of(a.id()), List.of())).toList());
    }

    /** No origins known: every article is looked up as its own. */
    public static Origins none() {
        return NONE;
    }

    /** The origins, in the order of their original's article. */
    public List<Origin> origins() {
        return origins;
    }

    /** The id of the article's origin: the article's own id when it was not joined to any other. */
    public String originOf(String article) {
        Origin o = byArticle.get(article);
        return o == null ? article : o.id();
    }

    /** The article's origin, or null when none was recorded for it. */
    public Origin origin(String article) {
        return byArticle.get(article);
    }

    /** Who the article's origin is named for, or null when none was recorded. */
    public String label(String article) {
        Origin o = byArticle.get(article);
        return o == null ? null : o.source();
    }

    /** How many origins share more than one article. */
    public long shared() {
        return origins.stream().filter(Origin::shared).count();
    }
}
