package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders (with or without manifest.json) or article files.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv, html, markdown or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit 1 when a finding is at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rules (default: the rules folder beside the tool).")
    Path rules;

    @Option(names = "--draft", paramLabel = "DRAFT", description = "Check this unpublished draft against the INPUT coverage; "
            + "report only contradictions that involve the draft. Its date comes from front matter (published:), else today.")
    Path draft;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Accepted findings (by fingerprint): reported as accepted, "
            + "not counted for the exit code. Write one with: crosscheck baseline --write FILE INPUT...")
    Path baseline;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            // Read the baseline first: a typo in its path should not cost a whole run.
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            Path rulesFolder = rules == null ? Rules.defaultFolder() : rules;
            Report report;
            Renderer renderer = renderer();
            if (draft == null) {
                report = Pipeline.run(rulesFolder, inputs);
            } else {
                // The editor's today: a draft without a date is about to be published now.
                DraftCheck.Prepared prepared = DraftCheck.withDraft(new CorpusReader().read(inputs), draft, LocalDate.now());
                report = DraftCheck.onlyDraft(Pipeline.withRules(rulesFolder).run(prepared.corpus()), prepared.draftId());
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
            err.println("crosscheck: cannot write " + output + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }

    private Renderer renderer() {
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
