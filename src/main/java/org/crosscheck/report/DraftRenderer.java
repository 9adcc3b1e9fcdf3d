package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.check.Finding;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/** The draft check's text report, phrased for the editor: what the draft says, where, and what the sources say instead. */
public final class DraftRenderer implements Renderer {

    private final String draftId;
    private final int headerLines;

    /**
     * @param draftId     the article id of the draft in the reports it will render
     * @param headerLines lines of the draft file above its text (front matter), added to reported line numbers
     */
    public DraftRenderer(String draftId, int headerLines) {
        this.draftId = draftId;
        this.headerLines = headerLines;
    }

    @Override
    public String render(Report r) {
        // article text, sources and file names are untrusted: nothing they contain may drive the terminal
        return TerminalText.safe(renderRaw(r));
    }

    private String renderRaw(Report r) {
        StringBuilder out = new StringBuilder();
        Article draft = article(r, draftId);
        long sources = r.articles().stream().filter(a -> !a.id().equals(draftId)).map(Article::source).distinct().count();
        out.append(String.format(Locale.ROOT, "crosscheck draft: %s against %d articles from %d sources: %s%n",
                draft == null ? draftId : draft.file(), r.articles().size() - 1, sources,
                r.findings().isEmpty() ? "no contradictions" : r.findings().size() + (r.findings().size() == 1 ? " contradiction" : " contradictions")));
        for (String w : r.warnings()) {
            out.append("note: ").append(w).append('\n');
        }
        for (String p : r.problems()) {
            out.append("problem: ").append(p).append('\n');
        }
        for (Finding f : r.findings()) {
            out.append('\n').append(f.severity().label().toUpperCase(Locale.ROOT)).append(' ').append(f.id()).append("  ")
                    .append(sentence(r, f)).append('\n');
            out.append("  why: ").append(f.explanation()).append(" (rule: ").append(f.rule()).append(")\n");
        }
        for (Report.Accepted a : r.accepted()) {
            out.append('\n').append("accepted ").append(a.finding().id()).append("  ").append(sentence(r, a.finding())).append('\n')
                    .append("  accepted by ").append(a.who()).append(" on ").append(a.when()).append(": ").append(a.why()).append('\n');
        }
        return out.toString();
    }

    /** "Your draft says the start date of talks is 2025-10-24 (line 3, col 12); 2 sources say 2025-10-25: A (2025-10-23) “…”, …". */
    String sentence(Report r, Finding f) {
        StringBuilder s = new StringBuilder();
        List<String> others = new ArrayList<>();
        for (Finding.ValueGroup v : f.values()) {
            List<Claim> claims = v.claims().stream().map(id -> claim(r, id)).filter(c -> c != null).toList();
            List<Claim> mine = claims.stream().filter(c -> c.article().equals(draftId)).toList();
            List<Claim> theirs = claims.stream().filter(c -> !c.article().equals(draftId)).toList();
            if (!mine.isEmpty()) {
                if (s.length() > 0) {
                    s.append("; it also says ").append(v.value());
                } else {
                    s.append("Your draft says the ").append(f.attribute()).append(" of ").append(f.event()).append(" is ").append(v.value());
                }
                s.append(" (").append(where(r, mine)).append(')');
                if (!theirs.isEmpty()) {
                    s.append(", as ").append(theirs.size() == 1 ? "does " : "do ").append(cited(r, theirs));
                }
            } else if (!theirs.isEmpty()) {
                long n = theirs.stream().map(c -> source(r, c)).distinct().count();
                others.add(n + (n == 1 ? " source says " : " sources say ") + v.value() + ": " + cited(r, theirs));
            }
        }
        for (String o : others) {
            s.append("; ").append(o);
        }
        return s.append('.').toString();
    }

    private String where(Report r, List<Claim> mine) {
        Article draft = article(r, draftId);
        List<String> at = new ArrayList<>();
        for (Claim c : mine) {
            TextPosition p = draft == null ? new TextPosition(0, 0) : TextPosition.of(draft.text(), c.start());
            at.add("line " + (p.line() + headerLines) + ", col " + p.column());
        }
        return String.join("; ", at);
    }

    private static String cited(Report r, List<Claim> claims) {
        List<String> parts = new ArrayList<>();
        for (Claim c : claims) {
            Article a = article(r, c.article());
            String date = a == null || a.published() == null ? "no date" : a.published().toString();
            // The quote in context, brackets around the claim, as the text report shows it.
            String quote = a == null ? "[" + c.text() + "]" : TextRenderer.inContext(a.text(), c).replaceAll("^\"|\"$", "");
            parts.add(source(r, c) + " (" + date + ") \u201c" + quote + "\u201d");
        }
        return String.join(", ", parts);
    }

    private static String source(Report r, Claim c) {
        Article a = article(r, c.article());
        return a == null ? c.source() : a.source();
    }

    private static Claim claim(Report r, String id) {
        return r.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static Article article(Report r, String id) {
        return r.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
