package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.Pipeline;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleException;
import org.crosscheck.eval.Gold;
import org.crosscheck.eval.GoldScore;
import org.crosscheck.eval.GoldScorer;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crosscheck eval}: checks a folder and scores the findings against its gold.json. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Check DIR and score the findings against DIR/gold.json.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder with articles, manifest.json and gold.json.")
    Path dir;

    @CommandLine.Mixin
    RulesOption rulesOption;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path goldFile = dir.resolve("gold.json");
            if (!Files.isRegularFile(goldFile)) {
                throw new InputException(goldFile + ": no gold file (eval needs DIR/gold.json)");
            }
            Gold gold = Gold.read(goldFile);
            Report report = Pipeline.withRules(rulesOption.folder()).run(List.of(dir));
            GoldScore score = new GoldScorer().score(report, gold);
            for (Finding f : report.findings()) {
                String hit = score.found().entrySet().stream().filter(e -> e.getValue().contains(f.id()))
                        .map(Map.Entry::getKey).reduce((a, b) -> a + "," + b).orElse("no gold discrepancy");
                out.printf(Locale.ROOT, "%-4s %-7s %-22s %s%n", f.id(), f.severity().label(), "hits " + hit, f.message());
            }
            out.println();
            for (Gold.Group d : gold.discrepancies()) {
                List<String> by = score.found().get(d.id());
                out.printf(Locale.ROOT, "%-3s %-6s %s — %s%s%n", d.id(), by == null ? "MISSED" : "found", d.event(), d.attribute(),
                        by == null ? "" : " (by " + String.join(", ", by) + ")");
            }
            for (String u : score.unlocated()) {
                out.println("unlocated gold quote: " + u);
            }
            int findings = report.findings().size();
            out.printf(Locale.ROOT, "recall %.2f (%d of %d discrepancies), precision %.2f (%d of %d findings hit one), "
                            + "false positives %d, consistent groups flagged %d%s%n",
                    score.recall(), score.found().size(), gold.discrepancies().size(), score.precision(findings),
                    findings - score.falsePositives().size(), findings, score.falsePositives().size(), score.flagged().size(),
                    score.flagged().isEmpty() ? "" : " " + score.flagged());
            return 0;
        } catch (InputException | RuleException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }
}
