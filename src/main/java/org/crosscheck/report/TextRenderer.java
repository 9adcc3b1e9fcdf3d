package org.crosscheck.report;

import java.util.Locale;
import org.crosscheck.check.Finding;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/** The terminal report: a summary line, then each finding with its values, sources and quotes in context. */
public final class TextRenderer implements Renderer {

    private static final int CONTEXT = 50;

    @Override
    public String render(Report r) {
        // article text, sources and file names are untrusted: nothing they contain may drive the terminal
        return TerminalText.safe(renderRaw(r));
    }

    private String renderRaw(Report r) {
        StringBuilder out = new StringBuilder();
        long sources = r.articles().stream().map(Article::source).distinct().count();
        out.append(String.format(Locale.ROOT, "crosscheck: %d articles from %d sources, %d claims, %d findings (%d error, %d warning, %d info)%s%n",
                r.articles().size(), sources, r.claims().size(), r.findings().size(), count(r, Severity.ERROR),
                count(r, Severity.WARNING), count(r, Severity.INFO), r.accepted().isEmpty() ? "" : ", " + r.accepted().size() + " accepted"));
        for (Article a : r.articles()) {
            if (!a.hasPublicationDate()) {
                out.append("note: ").append(a.file()).append(" has no publication date; its relative dates stay relative\n");
            }
        }
        for (String w : r.warnings()) {
            out.append("warning: ").append(w).append('\n');
        }
        for (String p : r.problems()) {
            out.append("problem: ").append(p).append('\n');
        }
        if (!SupportText.summary(r).isEmpty()) {
            out.append("origins: ").append(SupportText.summary(r)).append('\n');
            SupportText.shared(r).forEach(o -> out.append("  ").append(o).append('\n'));
        }
        for (Finding f : r.findings()) {
            out.append('\n');
            out.append(String.format(Locale.ROOT, "%s %s  %s  (confidence %.2f)%n", f.severity().label().toUpperCase(Locale.ROOT),
                    f.id(), f.rule(), f.confidence()));
            out.append("  event: ").append(f.event()).append(" — ").append(f.attribute()).append('\n');
            for (Finding.ValueGroup v : f.values()) {
                out.append("  ").append(v.value()).append("  [").append(SupportText.of(v)).append("]\n");
                for (String id : v.claims()) {
                    Claim c = r.claim(id);
                    Article a = r.article(c.article());
                    TextPosition p = TextPosition.of(a.text(), c.start());
                    out.append(String.format(Locale.ROOT, "    %s (%s) %s:%d:%d  %s%n", a.source(),
                            a.published() == null ? "no date" : a.published(), a.file(), p.line(), p.column(), inContext(a.text(), c)));
                }
            }
            for (Finding.Copying c : f.copying()) {
                out.append("  changed in copying: ").append(c.sentence()).append('\n');
            }
            out.append("  why: ").append(f.explanation()).append('\n');
            String aligned = AlignedOn.of(f.claims().stream().map(r::claim).toList());
            if (!aligned.isEmpty()) {
                out.append("  aligned on: ").append(aligned).append('\n');
            }
        }
        for (Report.Accepted a : r.accepted()) {
            Finding f = a.finding();
            out.append(String.format(Locale.ROOT, "%naccepted %s %s  %s%n  %s%n  accepted by %s on %s: %s%n", f.severity().label(), f.id(),
                    f.rule(), f.message(), blank(a.who()), blank(a.when()), blank(a.why())));
        }
        if (r.findings().isEmpty()) {
            out.append(r.accepted().isEmpty() ? "\nNo contradictions found.\n"
                    : "\nNo open contradictions; " + r.accepted().size() + " accepted by the baseline.\n");
        }
        return out.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "(not given)" : s;
    }

    private static long count(Report r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }

    /** The quote in its sentence, marked with [brackets], cut to a readable width. */
    static String inContext(String text, Claim c) {
        int from = Math.max(c.start() - CONTEXT, 0);
        int to = Math.min(c.end() + CONTEXT, text.length());
        String before = oneLine(text.substring(from, c.start()));
        String after = oneLine(text.substring(c.end(), to));
        return "\"" + (from > 0 ? "…" : "") + before + "[" + oneLine(c.text()) + "]" + after + (to < text.length() ? "…" : "") + "\"";
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
