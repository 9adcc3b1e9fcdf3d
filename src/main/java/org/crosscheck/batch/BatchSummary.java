package org.crosscheck.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.report.CsvRenderer;
import org.crosscheck.report.HtmlRenderer;
import org.crosscheck.report.TerminalText;

/**
 * The summary of a batch in each format: one entry per story, in story-name order, with no times or absolute paths,
 * so the same stories always give the same bytes.
 */
public final class BatchSummary {

    /** Summary formats: JSON lines, one JSON document, CSV, an HTML index page. */
    public enum Format {
        jsonl("summary.jsonl"), json("summary.json"), csv("summary.csv"), html("index.html");

        private final String file;

        Format(String file) {
            this.file = file;
        }

        /** The summary's file name in the output folder. */
        public String file() {
            return file;
        }
    }

    /** Version of the summary's JSON fields; new fields may appear without a bump. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<StoryOutcome<StoryReports.Written>> outcomes;
    private final List<String> warnings;

    public BatchSummary(List<StoryOutcome<StoryReports.Written>> outcomes, List<String> warnings) {
        this.outcomes = List.copyOf(outcomes);
        this.warnings = List.copyOf(warnings);
    }

    /** The batch's exit code: the worst story's (an input error 2, findings at --fail-on 1, else 0). */
    public int exitCode() {
        return outcomes.stream().mapToInt(BatchSummary::exitCode).max().orElse(0);
    }

    static int exitCode(StoryOutcome<StoryReports.Written> o) {
        return o.failed() ? 2 : o.result().exitCode();
    }

    static String status(StoryOutcome<StoryReports.Written> o) {
        return o.failed() ? "error" : o.result().findings() > 0 ? "findings" : "clean";
    }

    public String render(Format format) {
        return switch (format) {
            case jsonl -> jsonLines();
            case json -> jsonDocument();
            case csv -> csv();
            case html -> html();
        };
    }

    private ObjectNode entry(StoryOutcome<StoryReports.Written> o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("story", o.story().name());
        n.put("status", status(o));
        n.put("exitCode", exitCode(o));
        n.put("articles", o.articles());
        if (o.failed()) {
            n.put("error", o.error());
            return n;
        }
        StoryReports.Written w = o.result();
        n.put("claims", w.claims());
        n.put("findings", w.findings());
        n.put("errors", w.errors());
        n.put("warnings", w.warnings());
        n.put("infos", w.infos());
        n.put("accepted", w.accepted());
        n.put("notes", w.notes());
        n.put("report", w.report());
        return n;
    }

    private String jsonLines() {
        StringBuilder sb = new StringBuilder();
        for (StoryOutcome<StoryReports.Written> o : outcomes) {
            sb.append(write(entry(o), false)).append('\n');
        }
        return sb.toString();
    }

    private String jsonDocument() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode totals = root.putObject("totals");
        totals.put("stories", outcomes.size());
        totals.put("withFindings", count("findings"));
        totals.put("clean", count("clean"));
        totals.put("failed", count("error"));
        totals.put("articles", outcomes.stream().mapToLong(StoryOutcome::articles).sum());
        totals.put("findings", sum(StoryReports.Written::findings));
        totals.put("errors", sum(StoryReports.Written::errors));
        totals.put("warnings", sum(StoryReports.Written::warnings));
        totals.put("infos", sum(StoryReports.Written::infos));
        totals.put("exitCode", exitCode());
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        ArrayNode stories = root.putArray("stories");
        outcomes.forEach(o -> stories.add(entry(o)));
        return write(root, true) + "\n";
    }

    private long count(String status) {
        return outcomes.stream().filter(o -> status(o).equals(status)).count();
    }

    private long sum(java.util.function.ToIntFunction<StoryReports.Written> f) {
        return outcomes.stream().filter(o -> !o.failed()).mapToLong(o -> f.applyAsInt(o.result())).sum();
    }

    private static String write(ObjectNode n, boolean pretty) {
        try {
            return pretty ? JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n) : JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String[] CSV_HEADER = {"story", "status", "exit_code", "articles", "claims", "findings", "errors", "warnings",
        "infos", "accepted", "notes", "report", "error"};

    private String csv() {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).setRecordSeparator("\n").build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (StoryOutcome<StoryReports.Written> o : outcomes) {
                StoryReports.Written w = o.result();
                if (w == null) {
                    csv.printRecord(CsvRenderer.safe(o.story().name()), status(o), exitCode(o), o.articles(), "", "", "", "", "", "", "", "",
                            CsvRenderer.safe(o.error()));
                } else {
                    csv.printRecord(CsvRenderer.safe(o.story().name()), status(o), exitCode(o), o.articles(), w.claims(), w.findings(),
                            w.errors(), w.warnings(), w.infos(), w.accepted(), w.notes(), CsvRenderer.safe(w.report()), "");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
        return out.toString();
    }

    private String html() {
        StringBuilder s = new StringBuilder();
        long failed = count("error");
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>crosscheck: ").append(outcomes.size()).append(outcomes.size() == 1 ? " story" : " stories").append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n<h1>crosscheck: ")
                .append(outcomes.size()).append(outcomes.size() == 1 ? " story" : " stories").append("</h1>\n<p class=\"muted\">")
                .append(count("findings")).append(" with findings, ").append(count("clean")).append(" clean, ")
                .append(failed).append(" could not be checked; ").append(sum(StoryReports.Written::errors)).append(" errors, ")
                .append(sum(StoryReports.Written::warnings)).append(" warnings, ").append(sum(StoryReports.Written::infos))
                .append(" infos in all.</p>\n");
        for (String w : warnings) {
            s.append("<p class=\"note\">").append(HtmlRenderer.escape(w)).append("</p>\n");
        }
        s.append("<table>\n<thead><tr><th>story</th><th>status</th><th>articles</th><th>errors</th><th>warnings</th><th>infos</th>")
                .append("<th>notes</th></tr></thead>\n<tbody>\n");
        for (StoryOutcome<StoryReports.Written> o : outcomes) {
            String status = status(o);
            s.append("<tr class=\"").append(status).append("\"><td>");
            if (o.failed()) {
                s.append(HtmlRenderer.escape(o.story().name()));
            } else {
                s.append("<a href=\"").append(HtmlRenderer.escape(href(o.result().report()))).append("\">")
                        .append(HtmlRenderer.escape(o.story().name())).append("</a>");
            }
            s.append("</td><td>").append(status).append("</td><td>").append(o.articles()).append("</td>");
            if (o.failed()) {
                s.append("<td colspan=\"4\">").append(HtmlRenderer.escape(o.error())).append("</td>");
            } else {
                StoryReports.Written w = o.result();
                s.append("<td>").append(w.errors()).append("</td><td>").append(w.warnings()).append("</td><td>").append(w.infos())
                        .append("</td><td>").append(w.notes() == 0 && w.accepted() == 0 ? "" : notes(w)).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return s.toString();
    }

    private static String notes(StoryReports.Written w) {
        String a = w.accepted() == 0 ? "" : w.accepted() + " accepted";
        String n = w.notes() == 0 ? "" : w.notes() + (w.notes() == 1 ? " input note" : " input notes");
        return a.isEmpty() ? n : n.isEmpty() ? a : a + ", " + n;
    }

    /** Percent-encodes a relative path for a link: folder names may hold spaces, '#', '?' or non-ASCII letters. */
    static String href(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        // a first segment with a colon would read as a URL scheme ("javascript:..."): keep it relative
        return b.charAt(0) == '/' ? "." + b : "./" + b;
    }

    private static final String CSS = """
            body{margin:0;background:#f6f7f9;color:#1c1f23;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:24px;margin:0 0 4px}
            .muted{color:#5b6470}
            .note{color:#b54708}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{border-bottom:1px solid #d8dde3;padding:6px 10px;text-align:left;vertical-align:top}
            tr.error td{color:#b42318}
            tr.findings td:nth-child(2){color:#b54708;font-weight:600}
            tr.clean td:nth-child(2){color:#2e7d32}
            """;

    /** The summary for a terminal: one line per story, then the totals. */
    public String text(String outputFolder) {
        StringBuilder sb = new StringBuilder();
        int width = outcomes.stream().mapToInt(o -> o.story().name().length()).max().orElse(5);
        for (StoryOutcome<StoryReports.Written> o : outcomes) {
            String name = TerminalText.safe(o.story().name());
            if (o.failed()) {
                sb.append(String.format(Locale.ROOT, "%-8s %-" + width + "s  %s%n", "ERROR", name, TerminalText.safe(o.error())));
            } else {
                StoryReports.Written w = o.result();
                sb.append(String.format(Locale.ROOT, "%-8s %-" + width + "s  %4d articles  %3d errors  %3d warnings  %3d infos  %s%n",
                        status(o), name, o.articles(), w.errors(), w.warnings(), w.infos(), TerminalText.safe(w.report())));
            }
        }
        for (String w : warnings) {
            sb.append("warning: ").append(TerminalText.safe(w)).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%d %s, %d articles: %d with findings (%d errors, %d warnings, %d infos), %d clean, "
                        + "%d could not be checked; reports in %s%n", outcomes.size(), outcomes.size() == 1 ? "story" : "stories",
                outcomes.stream().mapToLong(StoryOutcome::articles).sum(), count("findings"), sum(StoryReports.Written::errors),
                sum(StoryReports.Written::warnings), sum(StoryReports.Written::infos), count("clean"), count("error"),
                TerminalText.safe(outputFolder)));
        return sb.toString();
    }
}
