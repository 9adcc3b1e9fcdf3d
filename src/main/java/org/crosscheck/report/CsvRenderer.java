package org.crosscheck.report;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.check.Finding;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/** One row per finding and claim involved, for analysts' spreadsheets; cells that a spreadsheet would run as formulas are neutralized. */
public final class CsvRenderer implements Renderer {

    private static final String[] HEADER = {"finding", "rule", "severity", "event", "attribute", "source", "published",
            "value", "quote", "file", "start", "end", "claim", "confidence", "origin", "origins"};

    @Override
    public String render(Report r) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Finding f : r.findings()) {
                for (String id : f.claims()) {
                    Claim c = r.claim(id);
                    Article a = r.article(c.article());
                    // origin: whose story the article carries; origins: the independent origins behind the claim's value
                    String origin = r.origins().label(a.id()) == null ? a.source() : r.origins().label(a.id());
                    String origins = f.values().stream().filter(v -> v.claims().contains(id)).findFirst()
                            .map(v -> String.join("; ", v.origins())).orElse("");
                    csv.printRecord(safe(f.id()), safe(f.rule()), f.severity().label(), safe(f.event()), safe(f.attribute()),
                            safe(a.source()), a.published() == null ? "" : a.published().toString(), safe(c.value()),
                            safe(c.text()), safe(a.file()), c.start(), c.end(), c.id(), f.confidence(), safe(origin), safe(origins));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
        return out.toString();
    }

    /** A leading = + - @ tab or CR makes spreadsheets evaluate the cell; a leading apostrophe shows it as text. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
