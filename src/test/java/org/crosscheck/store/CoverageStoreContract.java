package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.Pipeline;
import org.crosscheck.extract.Mention;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store backend must do; one subclass per database. */
abstract class CoverageStoreContract {

    /** A new, empty store location for one test. */
    abstract StoreLocation freshLocation() throws Exception;

    /** Runs SQL on the store's tables behind its back (to age or break stored rows). */
    abstract void execute(StoreLocation where, String sql) throws Exception;

    StoreLocation location;
    CoverageStore store;
    static final List<Article> ARTICLES = articles();

    private static List<Article> articles() {
        try {
            return new CorpusReader().read(List.of(Path.of("fixtures", "trade-talks-kl"))).articles();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void open() throws Exception {
        location = freshLocation();
        store = CoverageStore.open(location);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static ArticleContent content(Article a) {
        return new ArticleContent(a.file(), a.source(), a.published(), "text", "raw " + a.text(), a.text(), List.of("a note"));
    }

    @Test
    void anArticleComesBackWithItsMentionsExactlyAsStored() throws Exception {
        Article a = ARTICLES.get(0);
        List<Mention> mentions = Pipeline.extract(a);

        CoverageStore.Put put = store.put("talks", content(a), mentions, Pipeline.EXTRACTION_VERSION);
        StoredArticle back = store.article("talks", a.file()).orElseThrow();

        assertThat(put.created()).isTrue();
        assertThat(back.content()).isEqualTo(content(a));
        assertThat(back.mentions()).isEqualTo(mentions);
        assertThat(back.claimCount()).isEqualTo(mentions.size());
        assertThat(back.extractionVersion()).isEqualTo(Pipeline.EXTRACTION_VERSION);
        assertThat(store.schemaVersion()).isEqualTo("1");
    }

    @Test
    void replacingAnArticleKeepsOnlyTheNewVersionAndRaisesTheRevision() throws Exception {
        Article first = ARTICLES.get(0);
        Article second = new Article("a1", first.file(), "Another source", first.published(), ARTICLES.get(1).text());
        CoverageStore.Put one = store.put("talks", content(first), Pipeline.extract(first), "2");

        CoverageStore.Put two = store.put("talks", content(second), Pipeline.extract(second), "2");
        StoredArticle back = store.article("talks", first.file()).orElseThrow();

        assertThat(two.created()).isFalse();
        assertThat(two.revision()).isGreaterThan(one.revision());
        assertThat(back.content().source()).isEqualTo("Another source");
        assertThat(back.mentions()).isEqualTo(Pipeline.extract(second));
        assertThat(store.stories()).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(1));
    }

    @Test
    void deletingRemovesTheArticleAndAnEmptyStoryIsNotListedButKeepsCounting() throws Exception {
        Article a = ARTICLES.get(0);
        long before = store.put("talks", content(a), Pipeline.extract(a), "2").revision();

        assertThat(store.delete("talks", a.file())).isTrue();
        assertThat(store.delete("talks", a.file())).isFalse();
        assertThat(store.delete("no-such-story", a.file())).isFalse();
        assertThat(store.article("talks", a.file())).isEmpty();
        assertThat(store.stories()).isEmpty();
        assertThat(store.revision("talks")).isEmpty();
        // A cache that saw the story before must see that it changed when it comes back.
        assertThat(store.put("talks", content(a), Pipeline.extract(a), "2").revision()).isGreaterThan(before + 1);
    }

    @Test
    void storiesAreListedByNameWithTheirArticleAndClaimCounts() throws Exception {
        for (Article a : ARTICLES) {
            store.put("b-story", content(a), Pipeline.extract(a), "2");
        }
        store.put("a-story", content(ARTICLES.get(0)), Pipeline.extract(ARTICLES.get(0)), "2");

        List<StorySummary> stories = store.stories();

        assertThat(stories).extracting(StorySummary::story).containsExactly("a-story", "b-story");
        assertThat(stories.get(1).articles()).isEqualTo(ARTICLES.size());
        assertThat(stories.get(1).claims()).isEqualTo(ARTICLES.stream().mapToInt(a -> Pipeline.extract(a).size()).sum());
        assertThat(stories.get(1).changed()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(store.articleRevisions("b-story")).hasSize(ARTICLES.size());
    }

    @Test
    void reopeningTheStoreKeepsEverything() throws Exception {
        for (Article a : ARTICLES) {
            store.put("talks", content(a), Pipeline.extract(a), "2");
        }
        store.close();

        store = CoverageStore.open(location);

        assertThat(store.articles("talks", null)).hasSize(ARTICLES.size())
                .allSatisfy(s -> assertThat(s.mentions()).hasSize(s.claimCount()));
        assertThat(store.schemaVersion()).isEqualTo("1");
    }

    @Test
    void claimsOfAnOlderExtractionVersionAreFoundAndReplaced() throws Exception {
        Article a = ARTICLES.get(0);
        long revision = store.put("talks", content(a), Pipeline.extract(a), "0-old").revision();
        List<CoverageStore.Stale> stale = store.stale(Pipeline.EXTRACTION_VERSION);

        assertThat(stale).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo(a.file()));
        assertThat(store.replaceMentions(stale.get(0).id(), revision + 99, Pipeline.extract(a), Pipeline.EXTRACTION_VERSION))
                .as("refused: the article is not at that revision").isFalse();
        assertThat(store.replaceMentions(stale.get(0).id(), revision, Pipeline.extract(a), Pipeline.EXTRACTION_VERSION)).isTrue();
        assertThat(store.stale(Pipeline.EXTRACTION_VERSION)).isEmpty();
        assertThat(store.revision("talks")).hasValue(revision);
    }

    @Test
    void storedMentionsThisVersionCannotReadAreReturnedAsNoneNotAsWrongOnes() throws Exception {
        Article a = ARTICLES.get(0);
        store.put("talks", content(a), Pipeline.extract(a), "2");

        execute(location, "UPDATE mention SET body = '{\"oldShape\": true}' WHERE seq = 0");

        assertThat(store.article("talks", a.file()).orElseThrow().mentions()).isNull();
    }

    @Test
    void concurrentWritersOfOneStoryLoseNoArticle() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CoverageStore.Put>> puts = new ArrayList<>();
        List<Mention> mentions = Pipeline.extract(ARTICLES.get(0));
        for (int i = 0; i < 40; i++) {
            Article a = new Article("a1", "f" + i + ".txt", "S" + (i % 5), ARTICLES.get(0).published(), ARTICLES.get(0).text());
            puts.add(pool.submit(() -> store.put("busy", content(a), mentions, "2")));
        }
        List<Long> revisions = new ArrayList<>();
        for (Future<CoverageStore.Put> f : puts) {
            revisions.add(f.get().revision());
        }
        pool.shutdown();

        assertThat(store.articles("busy", null)).hasSize(40).allSatisfy(s -> assertThat(s.mentions()).isEqualTo(mentions));
        assertThat(revisions).doesNotHaveDuplicates();
        assertThat(store.revision("busy")).hasValue(Collections.max(revisions));
    }

    /** Plain JDBC to the location, outside the store. */
    static void executeJdbc(String url, String schema, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (schema != null) {
                c.setSchema(schema);
            }
            s.executeUpdate(sql);
        }
    }
}
