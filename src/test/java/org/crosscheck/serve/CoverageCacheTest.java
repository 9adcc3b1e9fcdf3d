package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.store.ArticleContent;
import org.crosscheck.store.CoverageStore;
import org.crosscheck.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory coverage follows the store and keeps only as many stories as it may. */
class CoverageCacheTest {

    @TempDir
    Path temp;

    private static void put(CoverageStore store, String story, Article a) throws Exception {
        store.put(story, new ArticleContent(a.file(), a.source(), a.published(), "text", a.text(), a.text(), List.of()),
                Pipeline.extract(a), Pipeline.EXTRACTION_VERSION);
    }

    @Test
    void theLeastRecentlyUsedStoriesGoAndComeBackFromTheStoreWhenAskedFor() throws Exception {
        List<Article> articles = new CorpusReader().read(List.of(Path.of("fixtures", "match-report"))).articles();
        try (CoverageStore store = CoverageStore.open(StoreLocation.embedded(temp))) {
            for (String story : List.of("one", "two", "three")) {
                for (Article a : articles) {
                    put(store, story, a);
                }
            }
            CoverageCache cache = new CoverageCache(store, new PrintWriter(new StringWriter()), 2);

            Coverage one = cache.get("one");
            cache.get("two");
            cache.get("one");
            cache.get("three");

            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.get("one")).as("used most recently: still the same object").isSameAs(one);
            assertThat(cache.get("two").articles()).hasSize(articles.size());
        }
    }

    @Test
    void aWriteMakesTheNextGetSeeTheNewArticleAndADeletedStoryIsGone() throws Exception {
        List<Article> articles = new CorpusReader().read(List.of(Path.of("fixtures", "trade-talks-kl"))).articles();
        try (CoverageStore store = CoverageStore.open(StoreLocation.embedded(temp))) {
            put(store, "talks", articles.get(0));
            CoverageCache cache = new CoverageCache(store, new PrintWriter(new StringWriter()), 8);
            Coverage before = cache.get("talks");

            put(store, "talks", articles.get(1));
            Coverage after = cache.get("talks");
            store.delete("talks", articles.get(0).file());
            store.delete("talks", articles.get(1).file());

            assertThat(before.articles()).hasSize(1);
            assertThat(after.articles()).hasSize(2);
            assertThat(after.articles().get(0)).as("unchanged articles are kept, not read again").isSameAs(before.articles().get(0));
            assertThat(cache.get("talks")).isNull();
        }
    }
}
