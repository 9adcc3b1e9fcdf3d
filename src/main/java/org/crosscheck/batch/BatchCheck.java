package org.crosscheck.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.Pipeline;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.AtomicFile;
import org.crosscheck.report.CsvRenderer;
import org.crosscheck.report.Renderer;

/**
 * {@code check --stories ROOT}: checks every story below ROOT, writes one report per story into the output folder
 * and the summaries beside them, prints the text summary and returns the worst story's exit code.
 */
public final class BatchCheck {

    /** Name of the CSV that merges every story's findings rows, with a {@code story} column first (CSV format only). */
    public static final String MERGED_CSV = "findings.csv";

    /**
     * What to run.
     *
     * @param root      the folder of story folders
     * @param output    the folder for the reports and summaries (created when missing)
     * @param renderer  each story's report format
     * @param extension its file extension, without the dot
     * @param summaries the summary files to write
     * @param jobs      stories checked at once
     * @param failOn    severity at which a story exits 1, null for never
     */
    public record Options(Path root, Path output, Renderer renderer, String extension, Set<BatchSummary.Format> summaries, int jobs,
                          Severity failOn) {}

    private final Options options;

    public BatchCheck(Options options) {
        this.options = options;
    }

    /** Runs the batch; input errors of the root itself (not of one story) are thrown before any story is checked. */
    public int run(Pipeline pipeline, PrintWriter out, BatchProgress progress) throws InputException, IOException, InterruptedException {
        Path output = prepareOutput(options.output());
        StoryFinder.Found found = new StoryFinder(output).find(options.root());
        StoryReports work = new StoryReports(output, options.renderer(), options.extension(), options.failOn());
        List<StoryOutcome<StoryReports.Written>> outcomes = new StoryBatch(pipeline, options.jobs(), progress)
                .run(found.stories(), options.root(), work);
        for (StoryOutcome<StoryReports.Written> o : outcomes) {
            if (o.failed()) {
                // a report left from an earlier run would read as this run's: the summary says why there is none
                Files.deleteIfExists(output.resolve(work.reportPath(o.story())));
            }
        }
        List<String> warnings = found.warnings().stream().map(w -> StoryBatch.relative(w, options.root())).toList();
        BatchSummary summary = new BatchSummary(outcomes, warnings);
        for (BatchSummary.Format f : options.summaries()) {
            AtomicFile.write(output.resolve(f.file()), summary.render(f));
        }
        if (options.extension().equals("csv")) {
            AtomicFile.write(output.resolve(MERGED_CSV), mergedCsv(output, outcomes));
        }
        out.print(summary.text(options.output().toString()));
        out.flush();
        return summary.exitCode();
    }

    private static Path prepareOutput(Path output) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + " is a file; with --stories, --output names a folder for one report per story");
        }
        Files.createDirectories(output);
        return output.toAbsolutePath().normalize();
    }

    /** Every story's CSV rows under one header, with the story first: all discrepancies of a batch in one spreadsheet. */
    static String mergedCsv(Path output, List<StoryOutcome<StoryReports.Written>> outcomes) throws IOException {
        StringWriter sw = new StringWriter();
        List<String> header = null;
        CSVPrinter printer = null;
        for (StoryOutcome<StoryReports.Written> o : outcomes) {
            if (o.failed()) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(output.resolve(o.result().report()), StandardCharsets.UTF_8)) {
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
                if (printer == null) {
                    header = new ArrayList<>(List.of("story"));
                    header.addAll(parser.getHeaderNames());
                    printer = new CSVPrinter(sw, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                            .setRecordSeparator("\n").build());
                }
                for (CSVRecord r : parser) {
                    List<String> row = new ArrayList<>();
                    row.add(CsvRenderer.safe(o.story().name()));
                    r.forEach(row::add); // the story's cells were neutralized when its report was written
                    printer.printRecord(row);
                }
            }
        }
        if (printer == null) {
            return "story\n";
        }
        printer.flush();
        return sw.toString();
    }
}
