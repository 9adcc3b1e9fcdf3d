package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck bench}: generates synthetic corpora and measures the pipeline on them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: generate synthetic news corpora with planted discrepancies, run and score them, print a table.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000", description = "Article counts (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--modes", split = ",", defaultValue = "mixed,per-story",
            description = "mixed: one run over all stories; per-story: one run per story folder, rules compiled once; extract: extraction alone on one thread against a bare regex scan of the same bytes (default: ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Where corpora are written and reused (default: ${DEFAULT-VALUE}).")
    Path work;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--jvm", defaultValue = "-Xmx3g", split = " ", description = "Options of each measured JVM (default: ${DEFAULT-VALUE}).")
    List<String> jvm;

    @Option(names = "--join-claims", defaultValue = "10000", description = "Claims in the naive-join baseline, 0 to skip (default: ${DEFAULT-VALUE}).")
    int joinClaims;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Cold starts of the launcher to time, 0 to skip (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--timeout", defaultValue = "1800", description = "Seconds allowed per measured run (default: ${DEFAULT-VALUE}).")
    long timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path folder = rulesOption.folder();
        String home = System.getProperty("crosscheck.home");
        Path launcher = home == null ? null : Path.of(home, "crosscheck");
        new Bench(new Bench.Options(modes.stream().map(m -> m.equals("mixed") ? "pipeline" : m).toList(), new ArrayList<>(sizes), seed, work, folder, jvm, joinClaims, launcher, coldRuns, timeout),
                spec.commandLine().getOut()).run();
        return 0;
    }
}
