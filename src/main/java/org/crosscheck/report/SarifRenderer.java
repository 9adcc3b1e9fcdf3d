package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/**
 * SARIF 2.1.0 for code-scanning tools and editors: one run, the rules as the driver's rules, one result per
 * finding located at each of its claims (file, line, column).
 */
public final class SarifRenderer implements Renderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "0.1.0";

    @Override
    public String render(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "crosscheck");
        driver.put("version", VERSION);
        driver.put("semanticVersion", VERSION);
        // Rules sorted by name so the output, and every ruleIndex, is the same from run to run.
        Map<String, RuleInfo> rules = new TreeMap<>(r.rules());
        java.util.List<Finding> all = new java.util.ArrayList<>(r.findings());
        r.accepted().forEach(a -> all.add(a.finding()));
        for (Finding f : all) {
            rules.putIfAbsent(f.rule(), new RuleInfo(f.rule(), null, f.severity(), f.category(), f.explanation(),
                    java.util.List.of(), java.util.List.of()));
        }
        Map<String, Integer> ruleIndex = new HashMap<>();
        Map<String, String> ruleId = new HashMap<>();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleInfo info : rules.values()) {
            String id = uniqueId(info.name(), ruleId);
            ruleId.put(info.name(), id);
            ruleIndex.put(info.name(), ruleNodes.size());
            ObjectNode n = ruleNodes.addObject();
            n.put("id", id);
            n.put("name", info.name());
            n.putObject("shortDescription").put("text", info.name());
            if (info.explanation() != null && !info.explanation().isBlank()) {
                n.putObject("fullDescription").put("text", info.explanation());
            }
            n.putObject("defaultConfiguration").put("level", level(info.severity()));
            ObjectNode props = n.putObject("properties");
            if (info.category() != null) {
                props.put("category", info.category());
            }
            if (info.file() != null) {
                props.put("file", info.file());
            }
        }
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        // No artifact length or char offsets: SARIF counts those in the file's bytes, and claims index the
        // decoded text (front matter and HTML markup removed), so only line and column are given.
        ArrayNode artifacts = run.putArray("artifacts");
        for (Article a : r.articles()) {
            artifactIndex.put(a.id(), artifacts.size());
            ObjectNode n = artifacts.addObject();
            n.putObject("location").put("uri", uri(a.file()));
            ObjectNode props = n.putObject("properties");
            props.put("source", a.source());
            if (a.published() == null) {
                props.putNull("published");
            } else {
                props.put("published", a.published().toString());
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            result(results.addObject(), r, f, ruleId, ruleIndex, artifactIndex);
        }
        // Accepted findings stay visible to scanners, marked as suppressed with the baseline's reason.
        for (Report.Accepted a : r.accepted()) {
            ObjectNode n = results.addObject();
            result(n, r, a.finding(), ruleId, ruleIndex, artifactIndex);
            ObjectNode suppression = n.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", a.why());
            ObjectNode props = suppression.putObject("properties");
            props.put("who", a.who());
            props.put("when", a.when());
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
    }

    private static void result(ObjectNode n, Report r, Finding f, Map<String, String> ruleId, Map<String, Integer> ruleIndex,
                               Map<String, Integer> artifactIndex) {
        n.put("ruleId", ruleId.get(f.rule()));
        n.put("ruleIndex", ruleIndex.get(f.rule()));
        n.put("level", level(f.severity()));
        n.putObject("message").put("text", f.message());
        ArrayNode locations = n.putArray("locations");
        for (Finding.ValueGroup v : f.values()) {
            for (String id : v.claims()) {
                Claim c = r.claims().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (c != null) {
                    location(locations.addObject(), r, c, v.value(), artifactIndex);
                }
            }
        }
        n.putObject("partialFingerprints").put("crosscheckFingerprint/v1", f.fingerprint());
        ObjectNode props = n.putObject("properties");
        props.put("finding", f.id());
        props.put("category", f.category());
        props.put("event", f.event());
        props.put("attribute", f.attribute());
        props.put("explanation", f.explanation());
        props.put("confidence", f.confidence());
    }

    private static void location(ObjectNode loc, Report r, Claim c, String value, Map<String, Integer> artifactIndex) {
        Article a = r.articles().stream().filter(x -> x.id().equals(c.article())).findFirst().orElse(null);
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (a == null) {
            artifact.put("uri", c.article());
        } else {
            artifact.put("uri", uri(a.file()));
            artifact.put("index", artifactIndex.get(a.id()));
            TextPosition start = TextPosition.of(a.text(), c.start());
            TextPosition end = TextPosition.of(a.text(), c.end());
            ObjectNode region = physical.putObject("region");
            region.put("startLine", start.line());
            region.put("startColumn", start.column());
            region.put("endLine", end.line());
            // SARIF end columns are exclusive, as is the claim's end offset.
            region.put("endColumn", end.column());
            region.putObject("snippet").put("text", c.text());
        }
        loc.putObject("message").put("text", (a == null ? c.source() : a.source()) + " says " + value);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A stable id from the rule's name: lower-case words joined by hyphens, numbered if two names collapse alike. */
    private static String uniqueId(String name, Map<String, String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "rule";
        }
        String id = base;
        for (int n = 2; taken.containsValue(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A relative URI reference: path separators kept, everything outside RFC 3986 unreserved characters percent-encoded. */
    static String uri(String file) {
        StringBuilder b = new StringBuilder();
        for (byte x : file.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }
}
