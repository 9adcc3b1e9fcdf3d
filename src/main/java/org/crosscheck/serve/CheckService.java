package org.crosscheck.serve;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Pipeline;
import org.crosscheck.draft.DraftCheck;
import org.crosscheck.extract.Mention;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.DraftRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.Report;
import org.crosscheck.store.ArticleContent;
import org.crosscheck.store.CoverageStore;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.StoredArticle;
import org.crosscheck.store.StorySummary;

/**
 * What {@code crosscheck serve} does, without HTTP: stores articles with their mentions, checks drafts against a
 * story's stored coverage and renders the story's report, each exactly as {@code crosscheck check} would on the
 * same files.
 */
final class CheckService {

    /** The draft's file name when the request names none: a draft is Markdown, as editors write it. */
    static final String DRAFT_FILE = "draft.md";

    private final CoverageStore store;
    private final Pipeline pipeline;
    private final CoverageCache coverage;
    private final Clock clock;

    CheckService(CoverageStore store, Pipeline pipeline, Clock clock, PrintWriter log) {
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
        this.coverage = new CoverageCache(store, log, CoverageCache.MAX_STORIES);
    }

    CoverageStore store() {
        return store;
    }

    /**
     * An article as a request gives it.
     *
     * @param source    who published it, or null (then its front matter or meta tags, else the file name, as on the command line)
     * @param published its publication date, or null (then its front matter or meta tags)
     * @param content   its text, or its HTML when {@code html}
     * @param html      true when the content came as "html"
     */
    record ArticleInput(String source, LocalDate published, String content, boolean html) {}

    /** What storing an article did. */
    record Stored(boolean created, int claims, long revision, Article article) {}

    /** Reads the article as `crosscheck check` reads a file of that name, extracts its mentions once and stores both together. */
    Stored put(String story, String file, ArticleInput in) throws ApiException, StoreException {
        List<String> notes = new ArrayList<>();
        Article a = read(file, in.content(), in.html(), in.source(), in.published(), notes);
        List<Mention> mentions = Pipeline.extract(a);
        CoverageStore.Put put = store.put(story, new ArticleContent(a.file(), a.source(), a.published(), in.html() ? "html" : "text",
                in.content(), a.text(), notes), mentions, Pipeline.EXTRACTION_VERSION);
        return new Stored(put.created(), mentions.size(), put.revision(), a);
    }

    boolean delete(String story, String file) throws StoreException {
        return store.delete(story, file);
    }

    List<StorySummary> stories() throws StoreException {
        return store.stories();
    }

    /** The story's articles in file order, or a 404. */
    Coverage coverage(String story) throws ApiException, StoreException {
        Coverage c = coverage.get(story);
        if (c == null) {
            throw new ApiException(404, "no story \"" + story + "\": store articles with PUT /api/stories/" + story + "/articles/FILE");
        }
        return c;
    }

    StoredArticle article(String story, String file) throws ApiException, StoreException {
        for (StoredArticle a : coverage(story).articles()) {
            if (a.file().equals(file)) {
                return a;
            }
        }
        throw new ApiException(404, "story \"" + story + "\" has no article \"" + file + "\"");
    }

    /** The story's report in {@code format}, as `crosscheck check DIR --format F` prints it for the same files. */
    Rendered report(String story, ReportFormat format) throws ApiException, StoreException {
        Report r = coverage(story).report(pipeline);
        return new Rendered(format.contentType(), format.renderer().render(r));
    }

    /**
     * A draft as a request gives it.
     *
     * @param text      the draft (front matter allowed, as in a draft file)
     * @param published its publication date, or null (then front matter, else today, as on the command line)
     * @param file      the name it is reported under
     * @param format    the report format
     */
    record DraftInput(String text, LocalDate published, String file, ReportFormat format) {}

    /**
     * Checks a draft against the story's stored coverage without storing it: what `crosscheck check --draft DRAFT`
     * prints for the same files. Only the draft is extracted; the coverage's mentions come from the store.
     */
    Rendered checkDraft(String story, DraftInput in) throws ApiException, StoreException {
        Coverage c = coverage(story);
        List<String> notes = new ArrayList<>();
        Article draft = read(in.file(), in.text(), false, null, in.published(), notes);
        CorpusReader.dateWarning(draft).ifPresent(notes::add);
        String raw = in.text().startsWith("\uFEFF") ? in.text().substring(1) : in.text();
        DraftCheck.Prepared prepared;
        try {
            prepared = DraftCheck.withDraft(c.corpus(), draft, notes, DraftCheck.headerLines(raw, draft.text()), LocalDate.now(clock));
        } catch (InputException e) {
            throw new ApiException(400, e.getMessage());
        }
        // withDraft renumbers the coverage (and leaves out an article with the draft's very text): match by file.
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (Article a : prepared.corpus().articles()) {
            if (!a.id().equals(prepared.draftId())) {
                mentions.put(a.id(), c.mentionsOf(a.file()));
            }
        }
        Report report = DraftCheck.onlyDraft(pipeline.check(prepared.corpus(), mentions), prepared.draftId());
        Renderer renderer = in.format() == ReportFormat.text
                ? new DraftRenderer(prepared.draftId(), prepared.headerLines()) : in.format().renderer();
        return new Rendered(in.format().contentType(), renderer.render(report));
    }

    private static Article read(String file, String content, boolean html, String source, LocalDate published, List<String> notes)
            throws ApiException {
        long bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > CorpusReader.maxArticleBytes()) {
            throw new ApiException(413, String.format(java.util.Locale.ROOT, "%s: %.1f MB is more than the %.1f MB an article may have; "
                    + "split it into articles", file, bytes / 1048576.0, CorpusReader.maxArticleBytes() / 1048576.0));
        }
        try {
            return CorpusReader.readText("a1", file, content, html, source, published, notes);
        } catch (InputException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    /** Brings stored claims made by an older extraction version up to this one. */
    int upgradeStaleClaims() throws StoreException {
        return coverage.upgradeAll();
    }
}
