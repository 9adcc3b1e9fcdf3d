package org.crosscheck.serve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.Pipeline;
import org.crosscheck.extract.Mention;
import org.crosscheck.ingest.Article;
import org.crosscheck.store.CoverageStore;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.StoredArticle;

/**
 * Keeps each checked story's coverage in memory, so a draft check extracts only the draft. Before every use the
 * story's revision is read from the store (one small query): when another request or another server sharing the
 * database changed the story, only the articles whose revision changed are read again.
 *
 * <p>Articles whose mentions an older extraction version made (or that this version cannot read) are extracted
 * again here and written back, so upgrading crosscheck upgrades the stored claims as they are used.
 */
final class CoverageCache {

    /**
     * Stories kept in memory at once (-Dcrosscheck.serve.cachedStories): a story of 50 articles takes a few MB, and
     * a desk checks a few stories a day; the least recently used ones are read again from the store when needed.
     */
    static final int MAX_STORIES = Integer.getInteger("crosscheck.serve.cachedStories", 64);

    private final CoverageStore store;
    private final PrintWriter log;
    private final Map<String, Coverage> cached = new ConcurrentHashMap<>();
    private final Map<String, Object> loading = new ConcurrentHashMap<>();

    private final int maxStories;

    CoverageCache(CoverageStore store, PrintWriter log, int maxStories) {
        this.store = store;
        this.log = log;
        this.maxStories = maxStories;
    }

    /** The story's coverage as the store has it now, or null when the story has no articles. */
    Coverage get(String story) throws StoreException {
        OptionalLong revision = store.revision(story);
        if (revision.isEmpty()) {
            cached.remove(story);
            return null;
        }
        Coverage c = cached.get(story);
        if (c != null && c.revision() >= revision.getAsLong()) {
            c.touch();
            return c;
        }
        // One reload per story at a time: fifty checks arriving after a write must not read the story fifty times.
        synchronized (loading.computeIfAbsent(story, k -> new Object())) {
            c = cached.get(story);
            if (c != null && c.revision() >= revision.getAsLong()) {
                return c;
            }
            Coverage fresh = load(story, revision.getAsLong(), c);
            if (fresh == null) {
                cached.remove(story);
            } else {
                cached.put(story, fresh);
                evictBeyond(maxStories);
            }
            return fresh;
        }
    }

    /** Lets the least recently used stories go until at most {@code max} are kept. */
    private void evictBeyond(int max) {
        while (cached.size() > max) {
            cached.values().stream().min(java.util.Comparator.comparingLong(Coverage::lastUsed))
                    .ifPresent(oldest -> cached.remove(oldest.story(), oldest));
        }
    }

    /** How many stories are in memory now. */
    int size() {
        return cached.size();
    }

    private Coverage load(String story, long revision, Coverage previous) throws StoreException {
        Map<String, Long> revisions = store.articleRevisions(story);
        Map<String, StoredArticle> kept = new HashMap<>();
        if (previous != null) {
            for (StoredArticle a : previous.articles()) {
                Long now = revisions.get(a.file());
                if (now != null && now == a.revision()) {
                    kept.put(a.file(), a);
                }
            }
        }
        List<String> changed = revisions.keySet().stream().filter(f -> !kept.containsKey(f)).toList();
        List<StoredArticle> articles = new ArrayList<>(kept.values());
        if (!changed.isEmpty()) {
            for (StoredArticle a : store.articles(story, changed)) {
                boolean stale = a.mentions() == null || !Pipeline.EXTRACTION_VERSION.equals(a.extractionVersion());
                articles.add(stale ? reextract(story, a) : a);
            }
        }
        return articles.isEmpty() ? null : new Coverage(story, revision, articles);
    }

    /** Extracts a stale article again and writes the mentions back (unless the article was replaced meanwhile). */
    private StoredArticle reextract(String story, StoredArticle a) throws StoreException {
        List<Mention> mentions = Pipeline.extract(new Article("a1", a.file(), a.content().source(), a.content().published(),
                a.content().text()));
        boolean written = store.replaceMentions(a.id(), a.revision(), mentions, Pipeline.EXTRACTION_VERSION);
        if (written) {
            log.println("crosscheck serve: " + story + "/" + a.file() + ": claims extracted again (stored by extraction version "
                    + a.extractionVersion() + ", now " + Pipeline.EXTRACTION_VERSION + ")");
            log.flush();
        }
        return new StoredArticle(a.id(), a.content(), a.revision(), a.storedAt(), Pipeline.EXTRACTION_VERSION, mentions.size(), mentions);
    }

    /** Brings every stale article in the store up to this extraction version; returns how many were extracted again. */
    int upgradeAll() throws StoreException {
        int n = 0;
        for (CoverageStore.Stale s : store.stale(Pipeline.EXTRACTION_VERSION)) {
            var found = store.article(s.story(), s.file());
            if (found.isPresent() && found.get().revision() == s.revision()) {
                reextract(s.story(), found.get());
                n++;
            }
        }
        return n;
    }
}
