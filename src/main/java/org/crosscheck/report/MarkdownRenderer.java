package org.crosscheck.report;

import java.util.List;
import java.util.Locale;
import org.crosscheck.check.Finding;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/**
 * A report to paste into tickets and chat: a summary, then one section per finding with a table of who says
 * what. Article-derived text goes through {@link #escape}, so it can neither format nor link.
 */
public final class MarkdownRenderer implements Renderer {

    /** Context kept either side of a quote: enough to read it, short enough for a table cell. */
    private static final int CONTEXT = 60;

    @Override
    public String render(Report r) {
        StringBuilder out = new StringBuilder();
        long sources = r.articles().stream().map(Article::source).distinct().count();
        out.append("# crosscheck report\n\n");
        out.append(String.format(Locale.ROOT, "**%d articles** from **%d sources**, %d claims, **%d findings** (%d error, %d warning, %d info)%n%n",
                r.articles().size(), sources, r.claims().size(), r.findings().size(), count(r, Severity.ERROR),
                count(r, Severity.WARNING), count(r, Severity.INFO)));
        boolean notes = false;
        for (Article a : r.articles()) {
            if (!a.hasPublicationDate()) {
                out.append("- note: ").append(escape(a.file())).append(" has no publication date; its relative dates stay relative\n");
                notes = true;
            }
        }
        for (String w : r.warnings()) {
            out.append("- warning: ").append(escape(w)).append('\n');
            notes = true;
        }
        for (String p : r.problems()) {
            out.append("- problem: ").append(escape(p)).append('\n');
            notes = true;
        }
        if (notes) {
            out.append('\n');
        }
        if (!SupportText.summary(r).isEmpty()) {
            out.append("**Origins:** ").append(escape(SupportText.summary(r))).append("\n\n");
            SupportText.shared(r).forEach(o -> out.append("- ").append(escape(o)).append('\n'));
            out.append('\n');
        }
        if (r.findings().isEmpty()) {
            out.append(r.accepted().isEmpty() ? "No contradictions found.\n\n" : "No open contradictions.\n\n");
        }
        for (Finding f : r.findings()) {
            finding(out, r, f);
        }
        if (!r.accepted().isEmpty()) {
            out.append("## Accepted\n\nFindings the baseline accepts (not counted):\n\n");
            for (Report.Accepted a : r.accepted()) {
                out.append("- ").append(a.finding().severity().label()).append(' ').append(escape(a.finding().id())).append(": ")
                        .append(escape(a.finding().message())).append(" — accepted by ").append(escape(a.who())).append(" on ")
                        .append(escape(a.when())).append(": ").append(escape(a.why())).append('\n');
            }
            out.append('\n');
        }
        List<Agreement> agreements = Agreement.of(r);
        if (!agreements.isEmpty()) {
            out.append("## Agreements\n\nClaims of several articles about the same event with no contradiction found:\n\n");
            for (Agreement g : agreements) {
                out.append("- ").append(escape(g.event())).append(" — ").append(escape(g.attribute())).append(": **")
                        .append(escape(String.join(" / ", g.values()))).append("** (")
                        .append(escape(String.join(", ", g.claims().stream().map(c -> sourceOf(r, c)).distinct().toList())))
                        .append(")\n");
            }
        }
        return out.toString();
    }

    private static void finding(StringBuilder out, Report r, Finding f) {
        out.append("## ").append(f.severity().label().toUpperCase(Locale.ROOT)).append(' ').append(escape(f.id())).append(": ")
                .append(escape(f.message())).append("\n\n");
        out.append("**Event:** ").append(escape(f.event())).append(" — ").append(escape(f.attribute())).append("  \n");
        out.append("**Rule:** ").append(escape(f.rule()));
        if (f.category() != null && !f.category().isBlank()) {
            out.append(" (").append(escape(f.category())).append(')');
        }
        out.append(String.format(Locale.ROOT, " · confidence %.2f%n%n", f.confidence()));
        out.append("| Value | Source | Published | Where | Quote |\n|---|---|---|---|---|\n");
        for (Finding.ValueGroup v : f.values()) {
            for (String id : v.claims()) {
                Claim c = r.claims().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (c == null) {
                    continue;
                }
                Article a = r.articles().stream().filter(x -> x.id().equals(c.article())).findFirst().orElse(null);
                TextPosition p = a == null ? new TextPosition(0, 0) : TextPosition.of(a.text(), c.start());
                Quote q = Quote.of(a, c);
                out.append("| **").append(escape(v.value())).append("** | ").append(escape(sourceOf(r, c))).append(" | ")
                        .append(a == null || a.published() == null ? "no date" : a.published().toString()).append(" | ")
                        .append(escape(a == null ? "" : a.file())).append(':').append(p.line()).append(':').append(p.column())
                        .append(" | ").append(escape(left(q.before()))).append("**").append(escape(q.quote())).append("**")
                        .append(escape(right(q.after()))).append(" |\n");
            }
        }
        out.append('\n');
        for (Finding.ValueGroup v : f.values()) {
            out.append("- **").append(escape(v.value())).append("**: ").append(escape(SupportText.of(v))).append('\n');
        }
        for (Finding.Copying c : f.copying()) {
            out.append("- _Changed in copying:_ ").append(escape(c.sentence())).append('\n');
        }
        out.append("\n_Why:_ ").append(escape(f.explanation())).append("\n\n");
        String aligned = AlignedOn.of(f.claims().stream().map(r::claim).toList());
        if (!aligned.isEmpty()) {
            out.append("_Aligned on:_ ").append(escape(aligned)).append("\n\n");
        }
    }

    /** Backslash-escapes the characters that format, link or break a table cell; line breaks become spaces. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '!', '&' -> b.append('\\').append(c);
                case '\r', '\n', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String left(String before) {
        return before.length() <= CONTEXT ? before : "…" + before.substring(before.length() - CONTEXT);
    }

    private static String right(String after) {
        return after.length() <= CONTEXT ? after : after.substring(0, CONTEXT) + "…";
    }

    private static String sourceOf(Report r, Claim c) {
        return r.articles().stream().filter(a -> a.id().equals(c.article())).map(Article::source).findFirst().orElse(c.source());
    }

    private static long count(Report r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }
}
