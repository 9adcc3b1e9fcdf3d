package org.crosscheck.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Pipeline;
import org.crosscheck.extract.Mention;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.report.Report;
import org.crosscheck.store.StoredArticle;

/**
 * One story's stored coverage as the checks use it: the articles as the corpus {@code crosscheck check} would
 * read from the same files (sorted by file, ids a1..aN, the same warnings) and every article's stored mentions.
 */
final class Coverage {

    private final String story;
    private final long revision;
    private final List<StoredArticle> articles;
    private final Corpus corpus;
    private final Map<String, List<Mention>> mentionsById;
    private final Map<String, List<Mention>> mentionsByFile;
    private Report report;
    /** When a request last used it (nanoTime), so the cache can let the least recently used stories go. */
    private volatile long lastUsed = System.nanoTime();

    /** @param articles every article of the story, each with its mentions */
    Coverage(String story, long revision, List<StoredArticle> articles) {
        this.story = story;
        this.revision = revision;
        // The order CorpusReader gives files, so ids and the report come out as `crosscheck check` gives them.
        List<StoredArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(StoredArticle::file));
        this.articles = List.copyOf(sorted);
        List<Article> corpusArticles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        Map<String, List<Mention>> byFile = new HashMap<>();
        for (StoredArticle s : sorted) {
            Article a = new Article("a" + (corpusArticles.size() + 1), s.file(), s.content().source(), s.content().published(),
                    s.content().text());
            corpusArticles.add(a);
            warnings.addAll(s.content().notes());
            CorpusReader.dateWarning(a).ifPresent(warnings::add);
            byId.put(a.id(), s.mentions());
            byFile.put(a.file(), s.mentions());
        }
        this.corpus = new Corpus(corpusArticles, warnings);
        this.mentionsById = byId;
        this.mentionsByFile = byFile;
    }

    String story() {
        return story;
    }

    void touch() {
        lastUsed = System.nanoTime();
    }

    long lastUsed() {
        return lastUsed;
    }

    long revision() {
        return revision;
    }

    List<StoredArticle> articles() {
        return articles;
    }

    Corpus corpus() {
        return corpus;
    }

    /** The stored mentions of the article with this file. */
    List<Mention> mentionsOf(String file) {
        return mentionsByFile.get(file);
    }

    /** The story's report, computed once per revision from the stored mentions. */
    synchronized Report report(Pipeline pipeline) {
        if (report == null) {
            report = pipeline.check(corpus, mentionsById);
        }
        return report;
    }
}
