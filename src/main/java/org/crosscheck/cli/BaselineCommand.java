package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Pipeline;
import org.crosscheck.baseline.Baseline;
import org.crosscheck.check.RuleException;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.AtomicFile;
import org.crosscheck.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck baseline --write FILE INPUT...}: accepts every current finding, keeping earlier justifications. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write a baseline accepting the current findings of INPUT, for check --baseline.")
final class BaselineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders or article files, as for check.")
    List<Path> inputs;

    @Option(names = "--write", required = true, paramLabel = "FILE",
            description = "The baseline file to write (atomically); entries already in it keep their who/why/when.")
    Path file;

    @Option(names = "--who", paramLabel = "NAME", description = "Who accepts the new entries (default: the user name).")
    String who;

    @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why the new entries are acceptable.")
    String why;

    @CommandLine.Mixin
    RulesOption rulesOption;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Report report = Pipeline.withRules(rulesOption.folder()).run(inputs);
            Baseline previous = Files.exists(file) ? Baseline.read(file) : new Baseline(List.of());
            Baseline next = Baseline.accepting(report, previous, who == null ? System.getProperty("user.name", "") : who, why,
                    LocalDate.now());
            AtomicFile.write(file, next.toJson());
            long kept = next.entries().stream().filter(e -> previous.entries().stream().anyMatch(p -> p.fingerprint().equals(e.fingerprint()))).count();
            spec.commandLine().getOut().printf("crosscheck: wrote %d accepted findings to %s (%d kept, %d new)%s%n", next.entries().size(), file,
                    kept, next.entries().size() - kept, why.isBlank() && next.entries().size() > kept ? "; fill in \"why\" for the new ones" : "");
            return 0;
        } catch (InputException | RuleException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("crosscheck: cannot write " + file + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }
}
