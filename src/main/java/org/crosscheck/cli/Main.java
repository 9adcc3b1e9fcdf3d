package org.crosscheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code crosscheck} command. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Finds, with evidence, where news articles about the same story contradict each other.",
        subcommands = {CheckCommand.class, BaselineCommand.class, EvalCommand.class, RulesCommand.class, TimeMlCommand.class,
                BenchCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on", "2:usage or input error"})
public final class Main implements Runnable {

    /** Exit code when a finding reaches the --fail-on severity. */
    public static final int FINDINGS = 1;
    /** Exit code for a usage or input error. */
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("crosscheck: " + ex.getMessage());
            err.println("Try 'crosscheck " + (ex.getCommandLine().getCommandName().equals("crosscheck") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = parsed.originalArgs().contains("--debug");
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println("crosscheck: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
            return INPUT_ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable t) {
            // picocli's handler sees exceptions only; errors such as OutOfMemoryError end up here
            if (java.util.Arrays.asList(args).contains("--debug")) {
                t.printStackTrace(err);
            }
            err.println("crosscheck: internal error: " + t + " (run with --debug for the stack trace)");
            code = INPUT_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, baseline, eval, rules, timeml, bench or serve");
    }
}
