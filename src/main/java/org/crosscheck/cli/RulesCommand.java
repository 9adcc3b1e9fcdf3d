package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.RuleExample;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck rules}: compiles the rules, lists them and runs the examples each carries. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Compile the rules, list them, and check each against the examples in its metadata.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RulesOption rulesOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            RuleSet set = RuleSet.load(rulesOption.folder());
            int failures = 0;
            for (RuleInfo r : set.rules().values()) {
                out.printf("%-8s %-9s %s  (%s)%n", r.severity().label(), r.category(), r.name(), r.file());
                for (String ex : r.fires()) {
                    failures += report(out, set, r, ex, true);
                }
                for (String ex : r.silent()) {
                    failures += report(out, set, r, ex, false);
                }
            }
            out.printf("%d rules, %d failing examples%n", set.rules().size(), failures);
            return failures == 0 ? 0 : Main.FINDINGS;
        } catch (RuleException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }

    private static int report(PrintWriter out, RuleSet set, RuleInfo r, String example, boolean mustFire) {
        List<String> fired;
        try {
            fired = RuleExample.firingRules(set, example);
        } catch (IllegalArgumentException e) {
            out.printf("    FAIL  %s%n", e.getMessage());
            return 1;
        }
        boolean ok = fired.contains(r.name()) == mustFire;
        out.printf("    %s  %s: %s%n", ok ? "ok  " : "FAIL", mustFire ? "fires " : "silent", example);
        return ok ? 0 : 1;
    }
}
