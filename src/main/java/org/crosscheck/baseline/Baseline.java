package org.crosscheck.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.check.Finding;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;

/**
 * Findings a team has looked at and accepted, keyed by fingerprint, with who accepted each, why and when.
 * A baseline lets a story with a known, explained discrepancy pass the exit-code gate without hiding it.
 *
 * @param entries the accepted findings, in file order
 */
public record Baseline(List<Entry> entries) {

    /** Bumped when a field of the file is renamed or removed. */
    public static final String VERSION = "1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Baseline {
        entries = List.copyOf(entries);
    }

    /**
     * One accepted finding. Rule, event, attribute and message are for the people reading the file; only the
     * fingerprint is matched.
     *
     * @param fingerprint the finding's fingerprint
     * @param rule        the rule that fired
     * @param event       the event
     * @param attribute   the attribute
     * @param message     the finding's message when accepted
     * @param who         who accepted it
     * @param why         why it is acceptable
     * @param when        when it was accepted (ISO date)
     */
    public record Entry(String fingerprint, String rule, String event, String attribute, String message, String who,
                        String why, String when) {}

    /** Reads a baseline file; an unreadable or malformed one is an input error naming the file. */
    public static Baseline read(Path file) throws InputException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(file + ": baseline cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode list = root == null ? null : root.get("accepted");
        if (list == null || !list.isArray()) {
            throw new InputException(file + ": a baseline needs an \"accepted\" array (write one with: crosscheck baseline --write FILE INPUT...)");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String fp = text(e, "fingerprint");
            if (fp == null || fp.isBlank()) {
                throw new InputException(file + ": accepted[" + i + "] needs a \"fingerprint\"");
            }
            entries.add(new Entry(fp, text(e, "rule"), text(e, "event"), text(e, "attribute"), text(e, "message"),
                    text(e, "who"), text(e, "why"), text(e, "when")));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The report with the accepted findings moved out of {@code findings} into {@code accepted}; entries that
     * no longer match any finding are listed as a warning so stale baselines get cleaned up.
     */
    public Report apply(Report r) {
        Map<String, Entry> byFingerprint = new LinkedHashMap<>();
        entries.forEach(e -> byFingerprint.putIfAbsent(e.fingerprint(), e));
        List<Finding> open = new ArrayList<>();
        List<Report.Accepted> accepted = new ArrayList<>(r.accepted());
        List<String> matched = new ArrayList<>();
        for (Finding f : r.findings()) {
            Entry e = byFingerprint.get(f.fingerprint());
            if (e == null) {
                open.add(f);
            } else {
                accepted.add(new Report.Accepted(f, orEmpty(e.who()), orEmpty(e.why()), orEmpty(e.when())));
                matched.add(e.fingerprint());
            }
        }
        List<String> warnings = new ArrayList<>(r.warnings());
        List<String> stale = byFingerprint.keySet().stream().filter(fp -> !matched.contains(fp)).toList();
        if (!stale.isEmpty()) {
            warnings.add("baseline: " + stale.size() + (stale.size() == 1 ? " accepted finding no longer occurs" : " accepted findings no longer occur")
                    + " (" + String.join(", ", stale) + "); remove " + (stale.size() == 1 ? "it" : "them") + " from the baseline");
        }
        return new Report(r.articles(), r.claims(), open, r.rules(), warnings, r.problems(), accepted, r.updates(), r.origins());
    }

    /**
     * A baseline accepting every finding of {@code r}. Entries of {@code previous} that still match keep their
     * who/why/when, so rewriting a baseline never loses a justification; new ones get the given values.
     */
    public static Baseline accepting(Report r, Baseline previous, String who, String why, LocalDate today) {
        Map<String, Entry> old = new LinkedHashMap<>();
        previous.entries().forEach(e -> old.putIfAbsent(e.fingerprint(), e));
        List<Entry> entries = new ArrayList<>();
        List<Finding> all = new ArrayList<>(r.findings());
        r.accepted().forEach(a -> all.add(a.finding()));
        for (Finding f : all) {
            Entry e = old.get(f.fingerprint());
            entries.add(e != null ? new Entry(f.fingerprint(), f.rule(), f.event(), f.attribute(), f.message(), e.who(), e.why(), e.when())
                    : new Entry(f.fingerprint(), f.rule(), f.event(), f.attribute(), f.message(), who, why, today.toString()));
        }
        return new Baseline(entries);
    }

    /** The file's content: pretty JSON, entries in report order, so diffs in review stay small. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("baselineVersion", VERSION);
        ArrayNode list = root.putArray("accepted");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("rule", e.rule());
            n.put("event", e.event());
            n.put("attribute", e.attribute());
            n.put("message", e.message());
            n.put("who", e.who());
            n.put("why", e.why());
            n.put("when", e.when());
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write baseline", e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
