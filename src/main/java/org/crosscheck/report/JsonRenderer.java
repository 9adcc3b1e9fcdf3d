package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.check.Finding;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/** The machine-readable report; field names are a contract with the tools that read it. */
public final class JsonRenderer implements Renderer {

    /** Bumped when a field is renamed or removed; new fields do not bump it. */
    public static final String SCHEMA_VERSION = "1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The claim's frame: what it was aligned on. Terms are left out: they are weights, not something to read. */
    private static void frame(ObjectNode n, org.crosscheck.extract.frame.ClaimFrame f) {
        ArrayNode measure = n.putArray("measure");
        f.measure().stream().sorted().forEach(measure::add);
        n.put("measureWords", f.measureWords());
        ArrayNode who = n.putArray("participants");
        f.participants().stream().sorted().forEach(who::add);
        ArrayNode actors = n.putArray("actors");
        f.actors().stream().sorted().forEach(actors::add);
        ArrayNode q = n.putArray("qualifiers");
        f.qualifiers().stream().sorted().forEach(x -> q.add(x.name().toLowerCase(java.util.Locale.ROOT)));
        n.put("anchor", f.anchor());
        n.put("series", f.series());
        ArrayNode values = n.putArray("values");
        f.values().stream().sorted().forEach(values::add);
    }

    private static void finding(ObjectNode n, Finding f) {
        n.put("id", f.id());
        n.put("rule", f.rule());
        n.put("severity", f.severity().label());
        n.put("event", f.event());
        n.put("attribute", f.attribute());
        n.put("message", f.message());
        ArrayNode ids = n.putArray("claims");
        f.claims().forEach(ids::add);
        n.put("category", f.category());
        n.put("explanation", f.explanation());
        n.put("confidence", f.confidence());
        n.put("fingerprint", f.fingerprint());
        ArrayNode values = n.putArray("values");
        for (Finding.ValueGroup v : f.values()) {
            ObjectNode vn = values.addObject();
            vn.put("value", v.value());
            ArrayNode vc = vn.putArray("claims");
            v.claims().forEach(vc::add);
            ArrayNode vs = vn.putArray("sources");
            v.sources().forEach(vs::add);
            vn.put("articles", v.articles());
            ArrayNode vo = vn.putArray("origins");
            v.origins().forEach(vo::add);
        }
        ArrayNode copying = n.putArray("changedInCopying");
        for (Finding.Copying c : f.copying()) {
            ObjectNode cn = copying.addObject();
            cn.put("claim", c.claim());
            cn.put("source", c.source());
            cn.put("origin", c.origin());
            cn.put("value", c.value());
            cn.put("originValue", c.originValue());
            cn.put("sentence", c.sentence());
        }
    }

    @Override
    public String render(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode summary = root.putObject("summary");
        summary.put("articles", r.articles().size());
        summary.put("sources", r.articles().stream().map(Article::source).distinct().count());
        summary.put("claims", r.claims().size());
        summary.put("findings", r.findings().size());
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            summary.put(s.label(), r.findings().stream().filter(f -> f.severity() == s).count());
        }
        summary.put("accepted", r.accepted().size());
        summary.put("origins", r.origins().origins().size());
        ArrayNode articles = root.putArray("articles");
        for (Article a : r.articles()) {
            ObjectNode n = articles.addObject();
            n.put("id", a.id());
            n.put("file", a.file());
            n.put("source", a.source());
            if (a.published() == null) {
                n.putNull("published");
            } else {
                n.put("published", a.published().toString());
            }
            n.put("length", a.text().length());
            n.put("origin", r.origins().originOf(a.id()));
        }
        // articles grouped by common origin; an article alone in its origin is listed too, so every origin id resolves
        ArrayNode origins = root.putArray("origins");
        for (org.crosscheck.origin.Origin o : r.origins().origins()) {
            ObjectNode on = origins.addObject();
            on.put("id", o.id());
            on.put("source", o.source());
            ArrayNode members = on.putArray("articles");
            o.members().forEach(members::add);
            ArrayNode evidence = on.putArray("evidence");
            for (org.crosscheck.origin.OriginLink l : o.links()) {
                ObjectNode en = evidence.addObject();
                en.put("article", l.article());
                en.put("basis", l.basis());
                en.put("sharedPassages", l.passages());
                en.put("sharedWords", l.words());
                en.put("sameLead", l.sameLead());
                en.put("attribution", l.attribution());
            }
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : r.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.put("article", c.article());
            n.put("event", c.event());
            n.put("attribute", c.attribute());
            n.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("value", c.value());
            n.put("text", c.text());
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("role", c.role().name().toLowerCase(java.util.Locale.ROOT));
            n.put("precision", c.precision());
            n.put("confidence", c.confidence());
            n.put("comparable", c.comparable());
            n.put("head", c.head());
            n.put("cue", c.cue());
            ArrayNode ev = n.putArray("evidence");
            c.evidence().forEach(ev::add);
            n.put("sentence", c.sentence());
            frame(n.putObject("frame"), c.frame());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            finding(n, f);
            n.put("alignedOn", AlignedOn.of(f.claims().stream().map(r::claim).toList()));
        }
        // Figures that changed over the coverage: same shape as findings, not counted as contradictions.
        ArrayNode updates = root.putArray("updates");
        for (Finding f : r.updates()) {
            finding(updates.addObject(), f);
        }
        // Findings a baseline accepts: same shape, plus who accepted them, why and when.
        ArrayNode accepted = root.putArray("accepted");
        for (Report.Accepted a : r.accepted()) {
            ObjectNode n = accepted.addObject();
            finding(n.putObject("finding"), a.finding());
            n.put("who", a.who());
            n.put("why", a.why());
            n.put("when", a.when());
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ArrayNode problems = root.putArray("problems");
        r.problems().forEach(problems::add);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
