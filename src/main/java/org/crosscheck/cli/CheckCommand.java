package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.Pipeline;
import org.crosscheck.baseline.Baseline;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.Severity;
import org.crosscheck.draft.DraftCheck;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.AtomicFile;
import org.crosscheck.report.CsvRenderer;
import org.crosscheck.report.DraftRenderer;
import org.crosscheck.report.HtmlRenderer;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.MarkdownRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.SarifRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.report.TextRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck check}: reads the articles, runs the rules, writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check articles about one story for contradictions.")
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv, html, markdown, sarif }

    /** Thresholds for the exit code. */
    enum FailOn { error, warning, info, never }

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Folders (with or without manifest.json) or article files.")
    List<Path> inputs;

    @Option(names = "--stories", paramLabel = "ROOT", description = "Check every story folder below ROOT on its own, in parallel: "
            + "one report per story in the --output folder, plus a summary. Exit code of the worst story.")
    Path stories;

    @Option(names = "--jobs", paramLabel = "N", description = "With --stories: stories checked at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--summary", split = ",", paramLabel = "FORMAT", description = "With --stories: summary files to write, any of "
            + "jsonl, json, csv, html (default: html for --format html, csv for csv, json for json and sarif, else jsonl).")
    List<org.crosscheck.batch.BatchSummary.Format> summaries;

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv, html, markdown or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit 1 when a finding is at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--draft", paramLabel = "DRAFT", description = "Check this unpublished draft against the INPUT coverage; "
            + "report only contradictions that involve the draft. Its date comes from front matter (published:), else today.")
    Path draft;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Accepted findings (by fingerprint): reported as accepted, "
            + "not counted for the exit code. Write one with: crosscheck baseline --write FILE INPUT...")
    Path baseline;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Some extractor patterns recurse once per character of a match (a 5,000-char run of "1," overflows a 1 MB
     * stack), so the check runs on a thread with a deep stack: a hostile article must not end the whole run.
     * Only address space is reserved; memory is committed as the stack is actually used.
     */
    private static final long CHECK_STACK_BYTES = 1L << 30;

    @Override
    public Integer call() throws Exception {
        Integer[] result = new Integer[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = check();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "crosscheck-check", CHECK_STACK_BYTES);
        worker.start();
        worker.join();
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return result[0];
    }

    private Integer check() {
        PrintWriter err = spec.commandLine().getErr();
        if (stories != null) {
            return StoriesOption.check(this, err);
        }
        if (inputs == null || inputs.isEmpty()) {
            err.println("crosscheck: name the INPUT folders or files to check (or --stories ROOT for a folder of stories)");
            err.println("Try 'crosscheck check --help'.");
            return Main.INPUT_ERROR;
        }
        try {
            if (output != null) {
                // Before the (possibly long) run: a bad --output should fail at once, not after the work is done.
                AtomicFile.checkWritable(output);
                refuseOverwritingAnInput(output, inputs);
            }
            // Read the baseline first: a typo in its path should not cost a whole run.
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            Path rulesFolder = rulesOption.folder();
            Report report;
            Renderer renderer = renderer();
            if (draft == null) {
                report = Pipeline.run(rulesFolder, inputs);
            } else {
                // The editor's today: a draft without a date is about to be published now.
                DraftCheck.Prepared prepared = DraftCheck.withDraft(new CorpusReader().read(inputs), draft, LocalDate.now());
                report = DraftCheck.onlyDraft(Pipeline.run(rulesFolder, prepared.corpus()), prepared.draftId());
                if (format == Format.text) {
                    renderer = new DraftRenderer(prepared.draftId(), prepared.headerLines());
                }
            }
            if (accepted != null) {
                report = accepted.apply(report);
            }
            String rendered = renderer.render(report);
            if (output == null) {
                spec.commandLine().getOut().print(rendered);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFile.write(output, rendered);
            }
            if (failOn == FailOn.never) {
                return 0;
            }
            Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
            return report.countAtLeast(threshold) > 0 ? Main.FINDINGS : 0;
        } catch (InputException | RuleException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        } catch (IOException e) {
            err.println("crosscheck: cannot write the report to " + output + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }

    /** The report must never replace an article or manifest it was computed from. */
    static void refuseOverwritingAnInput(Path output, List<Path> inputs) throws IOException {
        if (!Files.isRegularFile(output)) {
            return;
        }
        Path real = output.toRealPath();
        String name = real.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean articleLike = name.equals("manifest.json")
                || (name.matches(".*\\.(txt|md|html?|json)") && !previousReport(real));
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue;
            }
            Path in = input.toRealPath();
            if (in.equals(real) || (Files.isDirectory(in) && real.startsWith(in) && articleLike)) {
                throw new IOException(output + " is one of the input articles; write the report somewhere else");
            }
        }
    }

    /** A report from an earlier run (any format) may be replaced: re-running with the same --output is normal. */
    private static boolean previousReport(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        return start.startsWith("{\n  \"schemaVersion\"") || start.startsWith("finding,rule,severity,")
                || start.startsWith("crosscheck: ");
    }

    Renderer renderer() {
        return switch (format) {
            case text -> new TextRenderer();
            case json -> new JsonRenderer();
            case csv -> new CsvRenderer();
            case html -> new HtmlRenderer();
            case markdown -> new MarkdownRenderer();
            case sarif -> new SarifRenderer();
        };
    }
}
