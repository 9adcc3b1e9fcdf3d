package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.Pipeline;
import org.crosscheck.batch.BatchCheck;
import org.crosscheck.batch.BatchProgress;
import org.crosscheck.batch.BatchSummary;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.InputException;

/** {@code check --stories ROOT}: the batch options of {@link CheckCommand}, checked and handed to {@link BatchCheck}. */
final class StoriesOption {

    private StoriesOption() {}

    static int check(CheckCommand c, PrintWriter err) {
        String usage = usage(c);
        if (usage != null) {
            err.println("crosscheck: " + usage);
            err.println("Try 'crosscheck check --help'.");
            return Main.INPUT_ERROR;
        }
        Set<BatchSummary.Format> summaries = c.summaries == null || c.summaries.isEmpty()
                ? EnumSet.of(defaultSummary(c.format)) : EnumSet.copyOf(c.summaries);
        Severity failOn = c.failOn == CheckCommand.FailOn.never ? null : Severity.valueOf(c.failOn.name().toUpperCase(Locale.ROOT));
        int jobs = c.jobs == null ? Runtime.getRuntime().availableProcessors() : c.jobs;
        BatchCheck batch = new BatchCheck(new BatchCheck.Options(c.stories, c.output, c.renderer(), extension(c.format), summaries,
                jobs, failOn));
        try {
            Pipeline pipeline = Pipeline.withRules(c.rulesOption.folder());
            return batch.run(pipeline, c.spec.commandLine().getOut(), BatchProgress.forStderr(err));
        } catch (InputException | RuleException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        } catch (IOException e) {
            err.println("crosscheck: cannot write to " + c.output + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("crosscheck: interrupted");
            return Main.INPUT_ERROR;
        }
    }

    private static String usage(CheckCommand c) {
        if (c.inputs != null && !c.inputs.isEmpty()) {
            return "--stories ROOT checks the story folders below ROOT; leave out the INPUT arguments";
        }
        if (c.output == null) {
            return "--stories needs --output DIR: the folder for one report per story and the summary (created if missing)";
        }
        if (c.draft != null) {
            return "--draft checks one draft against one story's coverage; it cannot be combined with --stories";
        }
        if (c.baseline != null) {
            return "with --stories, put each story's accepted findings in its own folder as baseline.json instead of --baseline";
        }
        if (c.jobs != null && c.jobs < 1) {
            return "--jobs must be at least 1";
        }
        return null;
    }

    private static BatchSummary.Format defaultSummary(CheckCommand.Format format) {
        return switch (format) {
            case html -> BatchSummary.Format.html;
            case csv -> BatchSummary.Format.csv;
            case json, sarif -> BatchSummary.Format.json;
            case text, markdown -> BatchSummary.Format.jsonl;
        };
    }

    private static String extension(CheckCommand.Format format) {
        return switch (format) {
            case text -> "txt";
            case json -> "json";
            case csv -> "csv";
            case html -> "html";
            case markdown -> "md";
            case sarif -> "sarif";
        };
    }
}
