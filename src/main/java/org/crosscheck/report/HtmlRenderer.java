package org.crosscheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.Severity;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/**
 * A self-contained HTML page for people: summary, one card per finding with quotes and a picture, and the
 * agreements. No scripts and no external resources, so it opens from an email attachment and prints.
 *
 * <p>Every string that comes from an article, a rule or the command line passes through {@link #escape},
 * and is only ever placed in element text or in double-quoted attribute values.
 */
public final class HtmlRenderer implements Renderer {

    /** One colour per competing value, shared by the value list and the picture so the eye links them. */
    private static final String[] PALETTE = {"#1f6fb2", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#475569"};
    private static final int SVG_WIDTH = 640;
    private static final int LABEL_WIDTH = 230;
    private static final int ROW = 24;
    /** Kinds whose low/high are plain numbers worth an axis; by name, so kinds added later simply get no picture. */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("RATE", "COUNT", "ORDINAL", "DURATION", "QUANTITY");

    // On paper nothing can be expanded, so print shows the collapsed sections' content (where ::details-content is known).
    private static final String CSS = """
            :root{--fg:#1c1f23;--muted:#5b6470;--line:#d8dde3;--bg:#f6f7f9;--card:#fff;--error:#b42318;--warning:#b54708;--info:#175cd3}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:60rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:0}h3{font-size:1rem;margin:.75rem 0 .25rem}
            .muted{color:var(--muted)}
            .summary{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0;padding:0;list-style:none}
            .summary li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.5rem .9rem;min-width:7rem}
            .summary b{display:block;font-size:1.4rem}
            .summary .error b{color:var(--error)}.summary .warning b{color:var(--warning)}.summary .info b{color:var(--info)}
            table{border-collapse:collapse;width:100%;background:var(--card);font-size:.9rem}
            th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef1f4}
            .card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--info);border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0;break-inside:avoid;page-break-inside:avoid}
            .card.sev-error{border-left-color:var(--error)}.card.sev-warning{border-left-color:var(--warning)}
            .badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--info);border-radius:4px;padding:.05rem .45rem;margin-right:.4rem;vertical-align:middle}
            .badge.error{background:var(--error)}.badge.warning{background:var(--warning)}
            .about{margin:.25rem 0 .5rem}
            .value{border-left:4px solid var(--muted);padding-left:.7rem;margin:.6rem 0}
            .value ul{list-style:none;margin:0;padding:0}.value li{margin:.35rem 0}
            .src{font-weight:600}.loc{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;color:var(--muted)}
            blockquote{margin:.15rem 0 0;padding:.3rem .6rem;background:#f8f9fb;border-radius:4px;font-style:italic}
            mark{background:#ffe58a;font-style:normal;font-weight:600;padding:0 .1em}
            figure{margin:.5rem 0}figure svg{width:100%;max-width:46rem;height:auto;font:11px system-ui,sans-serif}
            .rule{margin:.6rem 0 0;font-size:.9rem}
            details{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:.5rem 0}
            summary{cursor:pointer;font-weight:600}
            .notes li{color:var(--warning)}
            footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
            @media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.card,details,.summary li{border-color:#999}
            a{color:inherit;text-decoration:none}mark{outline:1px solid #c9a400}}
            @media print{details::details-content{content-visibility:visible;display:block}}
            """;

    @Override
    public String render(Report r) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // Defence in depth: even if some text escaped escaping, the page may load and run nothing.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"crosscheck\">\n")
                .append("<title>crosscheck report: ").append(r.findings().size()).append(r.findings().size() == 1 ? " finding" : " findings")
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        summary(out, r);
        articles(out, r);
        origins(out, r);
        notes(out, r);
        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (r.findings().isEmpty()) {
            out.append("<p>No contradictions found.</p>\n");
        }
        for (Finding f : r.findings()) {
            card(out, r, f);
        }
        out.append("</section>\n");
        if (!r.accepted().isEmpty()) {
            out.append("<section id=\"accepted\">\n<h2>Accepted</h2>\n<details>\n<summary>").append(r.accepted().size())
                    .append(r.accepted().size() == 1 ? " finding" : " findings").append(" accepted by the baseline</summary>\n");
            for (Report.Accepted a : r.accepted()) {
                out.append("<p class=\"accepted-by\"><b>").append(escape(a.finding().id())).append("</b> accepted by ")
                        .append(escape(a.who().isBlank() ? "(not given)" : a.who())).append(" on ")
                        .append(escape(a.when().isBlank() ? "(not given)" : a.when())).append(": ")
                        .append(escape(a.why().isBlank() ? "(no reason given)" : a.why())).append("</p>\n");
                card(out, r, a.finding());
            }
            out.append("</details>\n</section>\n");
        }
        agreements(out, r);
        out.append("<footer>Generated by crosscheck. Quotes are exact; the highlighted words are the claim that was compared.</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The only way article-derived text reaches the page: safe in element text and in double- or single-quoted attributes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '`' -> b.append("&#96;");
                case '\0' -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void summary(StringBuilder out, Report r) {
        long sources = r.articles().stream().map(Article::source).distinct().count();
        out.append("<header>\n<h1>crosscheck report</h1>\n<p class=\"muted\">Where the articles contradict each other, with the evidence.</p>\n")
                .append("<ul class=\"summary\">\n");
        stat(out, "", r.articles().size(), "articles");
        stat(out, "", sources, "sources");
        stat(out, "", r.claims().size(), "claims");
        stat(out, "", r.findings().size(), "findings");
        if (!r.accepted().isEmpty()) {
            stat(out, "", r.accepted().size(), "accepted");
        }
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            stat(out, s.label(), r.findings().stream().filter(f -> f.severity() == s).count(), s.label());
        }
        out.append("</ul>\n</header>\n");
    }

    private static void stat(StringBuilder out, String cls, long n, String label) {
        out.append("<li").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append("><b>").append(n).append("</b>")
                .append(' ').append(label).append("</li>\n");
    }

    private static void articles(StringBuilder out, Report r) {
        out.append("<details id=\"articles\">\n<summary>Articles read (").append(r.articles().size()).append(")</summary>\n")
                .append("<table>\n<thead><tr><th>id</th><th>source</th><th>published</th><th>file</th><th>claims</th></tr></thead>\n<tbody>\n");
        for (Article a : r.articles()) {
            long claims = r.claims().stream().filter(c -> c.article().equals(a.id())).count();
            out.append("<tr><td>").append(escape(a.id())).append("</td><td>").append(escape(a.source())).append("</td><td>")
                    .append(a.published() == null ? "<span class=\"muted\">no date</span>" : escape(a.published().toString()))
                    .append("</td><td>").append(escape(a.file())).append("</td><td>").append(claims).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    /** The origins several articles share, each a group of its sources with the evidence that joined them. */
    private static void origins(StringBuilder out, Report r) {
        if (r.origins().shared() == 0) {
            return;
        }
        out.append("<details id=\"origins\" open>\n<summary>Origins: ").append(escape(SupportText.summary(r))).append("</summary>\n");
        for (org.crosscheck.origin.Origin o : r.origins().origins()) {
            if (!o.shared()) {
                continue;
            }
            out.append("<section class=\"origin\">\n<h3>").append(escape(o.source())).append(" <span class=\"muted\">(")
                    .append(o.members().size()).append(" articles)</span></h3>\n<ul>\n<li>").append(escape(r.article(o.id()).source()))
                    .append(" <span class=\"muted\">").append(escape(o.id())).append(", likeliest original</span></li>\n");
            for (org.crosscheck.origin.OriginLink l : o.links()) {
                out.append("<li>").append(escape(r.article(l.article()).source())).append(" <span class=\"muted\">")
                        .append(escape(l.article())).append(": ").append(escape(l.describe())).append(" with ").append(escape(l.basis()))
                        .append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        out.append("</details>\n");
    }

    private static void notes(StringBuilder out, Report r) {
        List<String> notes = new ArrayList<>();
        for (Article a : r.articles()) {
            if (!a.hasPublicationDate()) {
                notes.add(a.file() + " has no publication date; its relative dates stay relative");
            }
        }
        r.warnings().forEach(w -> notes.add("warning: " + w));
        r.problems().forEach(p -> notes.add("problem: " + p));
        if (notes.isEmpty()) {
            return;
        }
        out.append("<ul class=\"notes\">\n");
        for (String n : notes) {
            out.append("<li>").append(escape(n)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void card(StringBuilder out, Report r, Finding f) {
        String sev = f.severity().label();
        out.append("<article class=\"card sev-").append(sev).append("\" id=\"finding-").append(escape(f.id())).append("\">\n")
                .append("<h2><span class=\"badge ").append(sev).append("\">").append(sev).append("</span>")
                .append(escape(f.id())).append(" · ").append(escape(f.message())).append("</h2>\n")
                .append("<p class=\"about muted\">").append(escape(f.event())).append(" — ").append(escape(f.attribute()))
                .append("</p>\n");
        String picture = picture(r, f);
        if (!picture.isEmpty()) {
            out.append("<figure>\n").append(picture).append("</figure>\n");
        }
        for (int i = 0; i < f.values().size(); i++) {
            Finding.ValueGroup v = f.values().get(i);
            out.append("<section class=\"value\" style=\"border-left-color:").append(colour(i)).append("\">\n<h3>")
                    .append(escape(v.value())).append(" <span class=\"muted\">(")
                    .append(v.claims().size()).append(v.claims().size() == 1 ? " claim" : " claims").append(" · <span class=\"support\">")
                    .append(escape(SupportText.of(v))).append("</span>)</span></h3>\n<ul>\n");
            for (String id : v.claims()) {
                quote(out, r, id);
            }
            out.append("</ul>\n</section>\n");
        }
        for (Finding.Copying c : f.copying()) {
            out.append("<p class=\"copying\"><b>Changed in copying:</b> ").append(escape(c.sentence())).append("</p>\n");
        }
        RuleInfo info = r.rules().get(f.rule());
        out.append("<p class=\"rule\"><b>Rule:</b> ").append(escape(f.rule()));
        if (f.category() != null && !f.category().isBlank()) {
            out.append(" <span class=\"muted\">(").append(escape(f.category())).append(")</span>");
        }
        out.append("<br><b>Why:</b> ").append(escape(f.explanation()));
        String aligned = AlignedOn.of(f.claims().stream().map(r::claim).toList());
        if (!aligned.isEmpty()) {
            out.append("<br><b>Aligned on:</b> ").append(escape(aligned));
        }
        if (info != null && info.file() != null) {
            out.append("<br><span class=\"muted\">defined in ").append(escape(info.file())).append("</span>");
        }
        out.append("<br><b>Confidence:</b> ").append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                .append(" <meter min=\"0\" max=\"1\" value=\"").append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                .append("\"></meter></p>\n</article>\n");
    }

    private static void quote(StringBuilder out, Report r, String claimId) {
        Claim c = find(r, claimId);
        if (c == null) {
            out.append("<li class=\"muted\">claim ").append(escape(claimId)).append(" not in the report</li>\n");
            return;
        }
        Article a = findArticle(r, c.article());
        out.append("<li><span class=\"src\">").append(escape(a == null ? c.source() : a.source())).append("</span> ");
        LocalDate published = a == null ? null : a.published();
        out.append(published == null ? "<span class=\"muted\">(no date)</span>"
                : "<time datetime=\"" + escape(published.toString()) + "\">" + escape(published.toString()) + "</time>");
        if (a != null) {
            TextPosition p = TextPosition.of(a.text(), c.start());
            out.append(" <span class=\"loc\">").append(escape(a.file())).append(':').append(p.line()).append(':').append(p.column())
                    .append("</span>");
        }
        Quote q = Quote.of(a, c);
        out.append("\n<blockquote>").append(escape(q.before())).append("<mark>").append(escape(q.quote())).append("</mark>")
                .append(escape(q.after())).append("</blockquote></li>\n");
    }

    private static void agreements(StringBuilder out, Report r) {
        List<Agreement> agreements = Agreement.of(r);
        out.append("<section id=\"agreements\">\n<h2>Agreements</h2>\n<details>\n<summary>")
                .append(agreements.size()).append(agreements.size() == 1 ? " group" : " groups")
                .append(" of claims from several articles on the same event, with no contradiction found</summary>\n");
        if (agreements.isEmpty()) {
            out.append("<p class=\"muted\">None: no two articles state the same thing about an event outside the findings.</p>\n");
        }
        for (Agreement g : agreements) {
            out.append("<div class=\"value agreement\">\n<h3>").append(escape(g.event())).append(" — ").append(escape(g.attribute()))
                    .append(": ").append(escape(String.join(" / ", g.values()))).append("</h3>\n<ul>\n");
            for (Claim c : g.claims()) {
                quote(out, r, c.id());
            }
            out.append("</ul>\n</div>\n");
        }
        out.append("</details>\n</section>\n");
    }

    /** A timeline for date conflicts, one axis of numbers for numeric ones, nothing when the values do not share a scale. */
    static String picture(Report r, Finding f) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < f.values().size(); i++) {
            Finding.ValueGroup v = f.values().get(i);
            for (String id : v.claims()) {
                Claim c = find(r, id);
                if (c == null || !Double.isFinite(c.low())) {
                    continue;
                }
                Article a = findArticle(r, c.article());
                rows.add(new Row(i, c, a == null ? c.source() : a.source(), a == null ? null : a.published(), v.value()));
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        if (rows.stream().allMatch(x -> x.claim().kind() == ClaimKind.DATE)) {
            return timeline(rows);
        }
        if (rows.stream().map(x -> String.valueOf(x.claim().scale())).distinct().count() == 1
                && rows.stream().allMatch(x -> NUMERIC.contains(x.claim().kind().name()))) {
            return numberLine(rows);
        }
        return "";
    }

    /** One source's claim as drawn: which value group it belongs to and where it sits. */
    private record Row(int group, Claim claim, String source, LocalDate published, String value) {}

    private static String timeline(List<Row> rows) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Row x : rows) {
            min = Math.min(min, x.claim().low());
            max = Math.max(max, high(x.claim()) + 1);
        }
        // Publication days close to the claimed days widen the axis so they can be shown; far ones would squash it.
        double lo = min;
        double hi = max;
        for (Row x : rows) {
            if (x.published() != null && x.published().toEpochDay() >= lo - 10 && x.published().toEpochDay() <= hi + 10) {
                min = Math.min(min, x.published().toEpochDay());
                max = Math.max(max, x.published().toEpochDay() + 1);
            }
        }
        // A little room either side so a one-day mark is not on the frame.
        double pad = Math.max(1, (max - min) * 0.08);
        min -= pad;
        max += pad;
        StringBuilder s = svgStart(rows.size(), "Timeline: the date or period each source gives; triangles mark publication days");
        axis(s, rows.size(), min, max, true);
        for (int i = 0; i < rows.size(); i++) {
            Row x = rows.get(i);
            int y = 14 + i * ROW;
            String colour = colour(x.group());
            double x0 = scale(x.claim().low(), min, max);
            double x1 = scale(high(x.claim()) + 1, min, max);
            label(s, y, x.source() + (x.published() == null ? "" : " (" + x.published() + ")"));
            if (x.published() != null && x.published().toEpochDay() >= min && x.published().toEpochDay() + 1 <= max) {
                // Relative dates ("this Friday") are read from the publication day: show where that is.
                double px = scale(x.published().toEpochDay() + 0.5, min, max);
                s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %dl-4 7h8z\" fill=\"#8a939e\"><title>published %s</title></path>",
                        px, y + 4, x.published()));
            }
            String title = x.source() + ": " + x.value() + (x.claim().role() == Role.SPANS ? " (range)" : "") + " — \u201c" + x.claim().text() + "\u201d";
            s.append("<g><title>").append(escape(title)).append("</title>");
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" rx=\"3\" fill=\"%s\" fill-opacity=\"%s\"/>",
                    x0, y - 9, Math.max(3, x1 - x0), colour, x.claim().role() == Role.SPANS || x1 - x0 > 12 ? "0.55" : "1"));
            valueLabel(s, x0 - 4, x1 + 4, y + 1, colour, x.value());
            s.append("</g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static String numberLine(List<Row> rows) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Row x : rows) {
            min = Math.min(min, x.claim().low());
            max = Math.max(max, high(x.claim()));
        }
        double pad = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(min) * 0.1);
        min -= pad;
        max += pad;
        StringBuilder s = svgStart(rows.size(), "The values side by side on one axis");
        axis(s, rows.size(), min, max, false);
        for (int i = 0; i < rows.size(); i++) {
            Row x = rows.get(i);
            int y = 14 + i * ROW;
            String colour = colour(x.group());
            double x0 = scale(x.claim().low(), min, max);
            double x1 = scale(high(x.claim()), min, max);
            label(s, y, x.source());
            if (!Double.isFinite(x.claim().high())) {
                // "More than 50%": everything from the bound up is allowed; an arrow runs to the end of the axis.
                double end = SVG_WIDTH - 12;
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\" fill-opacity=\"0.25\"/>"
                        + "<path d=\"M%.1f %dl-7 -7v14z\" fill=\"%s\" fill-opacity=\"0.6\"/>", x0, y - 7, Math.max(0, end - 7 - x0), colour(x.group()),
                        end, y - 3, colour(x.group())));
                x1 = x0;
            }
            s.append("<g><title>").append(escape(x.source() + ": " + x.value() + " — \u201c" + x.claim().text() + "\u201d")).append("</title>");
            if (x1 - x0 >= 2) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" rx=\"3\" fill=\"%s\" fill-opacity=\"0.45\"/>",
                        x0, y - 7, x1 - x0, colour));
            }
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"/>", (x0 + x1) / 2, y - 3, colour));
            valueLabel(s, x0 - 8, x1 + 8, y + 1, colour, x.value());
            s.append("</g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** Open-ended claims ("more than 50%") have no finite top; draw them to their bottom only. */
    private static double high(Claim c) {
        return Double.isFinite(c.high()) && c.high() >= c.low() ? c.high() : c.low();
    }

    /** The value beside its mark: to the right when it fits, else to the left, so it never covers the mark. */
    private static void valueLabel(StringBuilder s, double left, double right, int y, String colour, String text) {
        boolean fitsRight = right + text.length() * 7.5 + 4 <= SVG_WIDTH;
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\"%s>", fitsRight ? right : left, y, colour,
                fitsRight ? "" : " text-anchor=\"end\"")).append(escape(text)).append("</text>");
    }

    private static StringBuilder svgStart(int rows, String title) {
        int height = 14 + rows * ROW + 26;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(SVG_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(SVG_WIDTH).append("\" height=\"").append(height).append("\">\n<title>")
                .append(escape(title)).append("</title>\n");
        return s;
    }

    private static void label(StringBuilder s, int y, String text) {
        String shown = text.length() > 38 ? text.substring(0, 37) + "…" : text;
        s.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 1).append("\" text-anchor=\"end\" fill=\"#1c1f23\">")
                .append(escape(shown)).append("</text>\n");
    }

    private static void axis(StringBuilder s, int rows, double min, double max, boolean dates) {
        int y = 14 + rows * ROW - 6;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a939e\"/>\n", LABEL_WIDTH, y, SVG_WIDTH - 10, y));
        if (!dates) {
            // Round steps (1, 2 or 5 times a power of ten) so the axis reads 0, 20, 40 rather than 6, 18, 29.
            double raw = (max - min) / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
            for (double v = Math.ceil(min / step) * step; v <= max; v += step) {
                tick(s, scale(v, min, max), y, number(Math.abs(v) < step / 1e6 ? 0 : v));
            }
            return;
        }
        // Days: a faint line at each day boundary when days are distinguishable, a label at the middle of
        // every step-th day so labels never repeat or overlap.
        long first = (long) Math.ceil(min);
        // Axis is ~400 units wide and a date label ~65: at most five labels keep them apart.
        long step = Math.max(1, (long) Math.ceil((max - min) / 5));
        for (long d = first; d < max; d++) {
            if (max - min <= 62) {
                double x = scale(d, min, max);
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e7ec\"/>", x, x, y));
            }
            double mid = scale(d + 0.5, min, max);
            if ((d - first) % step == 0 && d + 1 <= max && mid < SVG_WIDTH - 30) {
                tick(s, mid, y, LocalDate.ofEpochDay(d).toString());
            }
        }
    }

    private static void tick(StringBuilder s, double x, int y, String text) {
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8a939e\"/>", x, y, x, y + 4))
                .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#5b6470\">", x, y + 16))
                .append(escape(text)).append("</text>\n");
    }

    private static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.1fG", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return a >= 10 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double scale(double v, double min, double max) {
        return LABEL_WIDTH + (v - min) / (max - min) * (SVG_WIDTH - 10 - LABEL_WIDTH);
    }

    private static String colour(int group) {
        return PALETTE[group % PALETTE.length];
    }

    private static Claim find(Report r, String id) {
        return r.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static Article findArticle(Report r, String id) {
        return r.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
