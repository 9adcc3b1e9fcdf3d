package org.crosscheck.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.check.Finding;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.Report;
import org.crosscheck.report.TextPosition;

/**
 * Checks an unpublished draft against published coverage: the draft is read like any article, with
 * source "draft", and only the findings that involve one of its claims are kept.
 */
public final class DraftCheck {

    /** The source every draft claim carries, so editors see "draft" next to the outlets. */
    public static final String SOURCE = "draft";

    private DraftCheck() {}

    /**
     * The coverage with the draft added.
     *
     * @param corpus       coverage articles, then the draft
     * @param draftId      the draft's article id
     * @param headerLines  lines of the draft file before its text (front matter), so positions can name file lines
     */
    public record Prepared(Corpus corpus, String draftId, int headerLines) {}

    /**
     * The coverage plus the draft as its last article. The draft's date comes from its front matter; without
     * one it is {@code today}, and a warning says so because relative dates ("on Friday") hang on it.
     */
    public static Prepared withDraft(Corpus coverage, Path draftFile, LocalDate today) throws InputException {
        Corpus read = new CorpusReader().read(List.of(draftFile));
        Article d = read.articles().get(0);
        return withDraft(coverage, d, read.warnings(), headerLines(draftFile, d.text()), today);
    }

    /**
     * The same for a draft already read (a service receives it as text): {@code draftWarnings} are the notes of
     * reading it, {@code headerLines} the lines above its text, as {@link #headerLines(String, String)} counts them.
     */
    public static Prepared withDraft(Corpus coverage, Article d, List<String> draftWarnings, int headerLines, LocalDate today)
            throws InputException {
        List<String> warnings = new ArrayList<>(coverage.warnings());
        warnings.addAll(draftWarnings);
        List<Article> articles = new ArrayList<>();
        for (Article a : coverage.articles()) {
            // The draft can sit inside a coverage folder; checking it against itself would only add noise.
            if (a.text().equals(d.text())) {
                warnings.add(a.file() + ": same text as the draft, left out of the coverage");
            } else {
                // Renumbered so ids stay a1..aN without gaps, as the reader assigns them.
                articles.add(new Article("a" + (articles.size() + 1), a.file(), a.source(), a.published(), a.text()));
            }
        }
        if (articles.isEmpty()) {
            throw new InputException("no coverage to check the draft against: name folders or files of published articles");
        }
        String file = d.file();
        for (Article a : articles) {
            if (a.file().equals(file)) {
                file = "draft/" + file;
            }
        }
        LocalDate published = d.published();
        if (published == null) {
            published = today;
            warnings.add(file + ": no publication date in its front matter (published: YYYY-MM-DD); "
                    + "reading its relative dates from today, " + today);
        }
        // Ids must stay "a" + number: later stages order articles by that number.
        Article draft = new Article("a" + (articles.size() + 1), file, SOURCE, published, d.text());
        articles.add(draft);
        return new Prepared(new Corpus(articles, warnings), draft.id(), headerLines);
    }

    /** Line breaks before the text in the file: front matter is not part of the text, but editors count its lines. */
    static int headerLines(Path file, String text) {
        String raw;
        try {
            raw = java.nio.file.Files.readString(file);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return headerLines(raw, text);
    }

    /** Line breaks in {@code raw} before {@code text}, the text read from it (0 when the text is not its tail). */
    public static int headerLines(String raw, String text) {
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        if (!raw.endsWith(text) || raw.length() == text.length()) {
            return 0; // HTML or JSON drafts: the text is extracted, not a suffix, so positions stay in the text
        }
        return TextPosition.of(raw, raw.length() - text.length()).line() - 1;
    }

    /** The report with only the findings that involve a claim of article {@code draftId}. */
    public static Report onlyDraft(Report r, String draftId) {
        Set<String> draftClaims = new HashSet<>();
        for (Claim c : r.claims()) {
            if (c.article().equals(draftId)) {
                draftClaims.add(c.id());
            }
        }
        List<Finding> kept = r.findings().stream().filter(f -> f.claims().stream().anyMatch(draftClaims::contains)).toList();
        List<Finding> updates = r.updates().stream().filter(f -> f.claims().stream().anyMatch(draftClaims::contains)).toList();
        return new Report(r.articles(), r.claims(), kept, r.rules(), r.warnings(), r.problems(), r.accepted(), updates, r.origins());
    }

}
