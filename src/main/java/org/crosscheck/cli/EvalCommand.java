package org.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.Pipeline;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleException;
import org.crosscheck.eval.Gold;
import org.crosscheck.eval.StoryEvaluation;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck eval}: checks story folders and scores each against its gold.json, then all together. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Check each story folder DIR and score its findings, alignment and extraction against DIR/gold.json.")
final class EvalCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Story folders, each with articles, manifest.json and gold.json.")
    List<Path> dirs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-v", "--verbose"}, description = "For every story: each finding and what it hits, each discrepancy, "
            + "and the gold quotes that yield no claim of the right kind or not the gold value.")
    boolean verbose;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Gold> golds = new ArrayList<>();
            for (Path dir : dirs) {
                Path goldFile = dir.resolve("gold.json");
                if (!Files.isRegularFile(goldFile)) {
                    throw new InputException(goldFile + ": no gold file (eval needs DIR/gold.json)");
                }
                golds.add(Gold.read(goldFile));
            }
            Pipeline pipeline = Pipeline.withRules(rulesOption.folder());
            List<StoryEvaluation> stories = new ArrayList<>();
            boolean detail = verbose || dirs.size() == 1;
            for (int i = 0; i < dirs.size(); i++) {
                Path dir = dirs.get(i);
                Report report = pipeline.run(List.of(dir));
                String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                        : dir.toAbsolutePath().normalize().getFileName().toString();
                StoryEvaluation e = StoryEvaluation.of(name, report, golds.get(i));
                stories.add(e);
                if (detail && format == Format.text) {
                    details(out, report, golds.get(i), e);
                }
            }
            StoryEvaluation total = StoryEvaluation.total(stories);
            if (format == Format.json) {
                out.println(json(stories, total));
            } else {
                table(out, stories, total);
            }
            out.flush();
            return 0;
        } catch (InputException | RuleException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
    }

    private void details(PrintWriter out, Report report, Gold gold, StoryEvaluation e) {
        if (dirs.size() > 1) {
            out.println("== " + e.story());
        }
        for (Finding f : report.findings()) {
            String hit = e.score().found().entrySet().stream().filter(x -> x.getValue().contains(f.id()))
                    .map(Map.Entry::getKey).reduce((a, b) -> a + "," + b).orElse("no gold discrepancy");
            out.printf(Locale.ROOT, "%-4s %-7s %-22s %s%n", f.id(), f.severity().label(), "hits " + hit, f.message());
        }
        out.println();
        for (Gold.Group d : gold.discrepancies()) {
            List<String> by = e.score().found().get(d.id());
            out.printf(Locale.ROOT, "%-3s %-6s %s — %s%s%n", d.id(), by == null ? "MISSED" : "found", d.event(), d.attribute(),
                    by == null ? "" : " (by " + String.join(", ", by) + ")");
        }
        for (String u : e.score().unlocated()) {
            out.println("unlocated gold quote: " + u);
        }
        out.printf(Locale.ROOT, "recall %.2f (%d of %d discrepancies), precision %.2f (%d of %d findings hit one), "
                        + "false positives %d, consistent groups flagged %d%s%n",
                e.recall(), e.score().found().size(), e.discrepancies(), e.precision(),
                e.findings() - e.score().falsePositives().size(), e.findings(), e.score().falsePositives().size(),
                e.score().flagged().size(), e.score().flagged().isEmpty() ? "" : " " + e.score().flagged());
        if (verbose) {
            for (String m : e.coverage().missing()) {
                out.println("no claim of the right kind: " + m);
            }
            for (String w : e.coverage().wrongValue()) {
                out.println("not the gold value: " + w);
            }
        }
        out.println();
    }

    private static void table(PrintWriter out, List<StoryEvaluation> stories, StoryEvaluation total) {
        out.printf(Locale.ROOT, "%-30s %-11s %-13s %-7s %-17s %-17s %-17s %s%n", "story", "recall", "precision", "flagged",
                "link recall", "link precision", "quotes w/ claim", "gold value");
        for (StoryEvaluation s : stories) {
            row(out, s.story(), s);
        }
        row(out, total.story(), total);
        out.println();
        out.printf(Locale.ROOT, "all stories: recall %d/%d = %.2f, precision %d/%d = %.2f, consistent groups flagged %d%n",
                total.score().found().size(), total.discrepancies(), total.recall(),
                total.findings() - total.score().falsePositives().size(), total.findings(), total.precision(), total.score().flagged().size());
        out.printf(Locale.ROOT, "alignment: link recall %d/%d = %.2f, link precision %d/%d = %.2f; "
                        + "%d of %d discrepancies have conflicting claims in one event%n",
                total.alignment().linked(), total.alignment().goldPairs(), total.alignment().linkRecall(),
                total.alignment().rightPairs(), total.alignment().eventPairs(), total.alignment().linkPrecision(),
                total.alignment().conflictsAligned(), total.discrepancies());
        var c = total.coverage();
        out.printf(Locale.ROOT, "extraction: %d of %d gold quotes yield a claim (%.1f%%), %d of the right kind (%.1f%%); "
                        + "%d of %d dated, timed or numeric quotes carry the gold value (%.1f%%)%n",
                c.withClaim(), c.quotes(), pct(c.withClaim(), c.quotes()), c.rightKind(), pct(c.rightKind(), c.quotes()),
                c.rightValue(), c.valued(), pct(c.rightValue(), c.valued()));
        StringBuilder kinds = new StringBuilder("discrepancies found by kind of value:");
        total.byKind().forEach((k, t) -> kinds.append(String.format(Locale.ROOT, " %s %d/%d", k, t[1], t[0])));
        out.println(kinds);
        StringBuilder cats = new StringBuilder("false alarms by finding category:");
        total.byCategory().forEach((k, t) -> cats.append(String.format(Locale.ROOT, " %s %d/%d", k, t[1], t[0])));
        out.println(cats);
    }

    private static void row(PrintWriter out, String name, StoryEvaluation s) {
        int hits = s.findings() - s.score().falsePositives().size();
        out.printf(Locale.ROOT, "%-30s %-11s %-13s %-7d %-17s %-17s %-17s %s%n", name,
                s.score().found().size() + "/" + s.discrepancies() + String.format(Locale.ROOT, " %.2f", s.recall()),
                hits + "/" + s.findings() + String.format(Locale.ROOT, " %.2f", s.precision()), s.score().flagged().size(),
                s.alignment().linked() + "/" + s.alignment().goldPairs() + String.format(Locale.ROOT, " %.2f", s.alignment().linkRecall()),
                s.alignment().rightPairs() + "/" + s.alignment().eventPairs() + String.format(Locale.ROOT, " %.2f", s.alignment().linkPrecision()),
                s.coverage().withClaim() + "/" + s.coverage().quotes() + String.format(Locale.ROOT, " %.2f", ratio(s.coverage().withClaim(), s.coverage().quotes())),
                s.coverage().rightValue() + "/" + s.coverage().valued() + String.format(Locale.ROOT, " %.2f", ratio(s.coverage().rightValue(), s.coverage().valued())));
    }

    private static double pct(int a, int b) {
        return 100 * ratio(a, b);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    private static String json(List<StoryEvaluation> stories, StoryEvaluation total) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("stories");
        for (StoryEvaluation s : stories) {
            list.add(node(mapper, s));
        }
        root.set("total", node(mapper, total));
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode node(ObjectMapper mapper, StoryEvaluation s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("story", s.story());
        n.put("discrepancies", s.discrepancies());
        n.putPOJO("found", s.score().found().keySet());
        n.putPOJO("missed", s.score().missed());
        n.put("findings", s.findings());
        n.put("falsePositiveFindings", s.score().falsePositives().size());
        n.putPOJO("consistentGroupsFlagged", s.score().flagged());
        n.put("recall", round(s.recall()));
        n.put("precision", round(s.precision()));
        ObjectNode a = n.putObject("alignment");
        a.put("goldPairs", s.alignment().goldPairs());
        a.put("linked", s.alignment().linked());
        a.put("linkRecall", round(s.alignment().linkRecall()));
        a.put("eventPairs", s.alignment().eventPairs());
        a.put("rightPairs", s.alignment().rightPairs());
        a.put("linkPrecision", round(s.alignment().linkPrecision()));
        a.put("discrepanciesAligned", s.alignment().conflictsAligned());
        ObjectNode c = n.putObject("extraction");
        c.put("goldQuotes", s.coverage().quotes());
        c.put("withClaim", s.coverage().withClaim());
        c.put("rightKind", s.coverage().rightKind());
        c.put("valued", s.coverage().valued());
        c.put("goldValue", s.coverage().rightValue());
        ObjectNode k = n.putObject("byKind");
        s.byKind().forEach((kind, t) -> k.putObject(kind).put("discrepancies", t[0]).put("found", t[1]));
        ObjectNode cat = n.putObject("byCategory");
        s.byCategory().forEach((kind, t) -> cat.putObject(kind).put("findings", t[0]).put("falseAlarms", t[1]));
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
