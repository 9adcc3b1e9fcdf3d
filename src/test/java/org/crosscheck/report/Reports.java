package org.crosscheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.check.Finding;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.Severity;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;

/** Builds small reports by hand so renderer tests do not depend on what the pipeline currently finds. */
public final class Reports {

    private final List<Article> articles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** Adds an article whose text is the given sentences, one per line. */
    public Article article(String file, String source, String published, String... sentences) {
        Article a = new Article("a" + (articles.size() + 1), file, source, published == null ? null : LocalDate.parse(published),
                String.join("\n", sentences));
        articles.add(a);
        return a;
    }

    /** Adds a claim on the first occurrence of {@code quote} in the article. */
    public Claim claim(Article a, String quote, ClaimKind kind, Role role, String event, String attribute, double low, double high, String value) {
        int start = a.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException(quote + " not in " + a.file());
        }
        int lineStart = a.text().lastIndexOf('\n', start) + 1;
        int lineEnd = a.text().indexOf('\n', start);
        String sentence = a.text().substring(lineStart, lineEnd < 0 ? a.text().length() : lineEnd);
        long n = claims.stream().filter(c -> c.article().equals(a.id())).count() + 1;
        Claim c = newClaim(a.id() + ".c" + n, a.id(), a.source(), a.published() == null ? null : a.published().toString(), kind, role,
                event, attribute, kind == ClaimKind.DATE ? "day" : "percent", low, high, value, "day", 0.9, true, quote, start,
                start + quote.length(), sentence, "talks", "", List.of("talks"));
        claims.add(c);
        return c;
    }

    /**
     * A claim from the fields renderers read. Built through the record's canonical constructor by component
     * name, with empty defaults for any other component, so these tests survive fields added to Claim for
     * alignment or rules.
     */
    public static Claim newClaim(String id, String article, String source, String published, ClaimKind kind, Role role, String event,
                          String attribute, String scale, double low, double high, String value, String precision, double confidence,
                          boolean comparable, String text, int start, int end, String sentence, String head, String cue,
                          List<String> evidence) {
        Map<String, Object> known = new java.util.HashMap<>();
        known.put("id", id);
        known.put("article", article);
        known.put("source", source);
        known.put("published", published);
        known.put("kind", kind);
        known.put("role", role);
        known.put("event", event);
        known.put("attribute", attribute);
        known.put("scale", scale);
        known.put("low", low);
        known.put("high", high);
        known.put("value", value);
        known.put("precision", precision);
        known.put("confidence", confidence);
        known.put("comparable", comparable);
        known.put("text", text);
        known.put("start", start);
        known.put("end", end);
        known.put("sentence", sentence);
        known.put("head", head);
        known.put("cue", cue);
        known.put("evidence", evidence);
        java.lang.reflect.RecordComponent[] components = Claim.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = known.containsKey(components[i].getName()) ? known.get(components[i].getName()) : empty(types[i]);
        }
        try {
            return Claim.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a Claim", e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == java.util.Set.class) {
            return java.util.Set.of();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    Claim date(Article a, String quote, String event, String attribute, String day) {
        long d = LocalDate.parse(day).toEpochDay();
        return claim(a, quote, ClaimKind.DATE, Role.STARTS, event, attribute, d, d, day);
    }

    public Finding finding(String rule, Severity severity, String category, String message, String explanation, Claim... involved) {
        rules.putIfAbsent(rule, new RuleInfo(rule, "test/" + category + ".drl", severity, category, explanation, List.of(), List.of()));
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        for (Claim c : involved) {
            byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c);
        }
        List<Finding.ValueGroup> values = new ArrayList<>();
        byValue.forEach((v, cs) -> values.add(new Finding.ValueGroup(v, cs.stream().map(Claim::id).toList(),
                cs.stream().map(Claim::source).toList())));
        Finding f = new Finding("F" + (findings.size() + 1), "fp" + (findings.size() + 1), rule, severity, category,
                involved[0].event(), involved[0].attribute(), message, explanation, List.of(involved).stream().map(Claim::id).toList(),
                values, 0.9);
        findings.add(f);
        return f;
    }

    Reports warning(String w) {
        warnings.add(w);
        return this;
    }

    public Report build() {
        return new Report(articles, claims, findings, rules, warnings, List.of());
    }

    /** Two wire stories that disagree on the start day of talks and agree on a tariff rate. */
    static Report talks() {
        Reports b = new Reports();
        Article a1 = b.article("wire-a.txt", "Wire A", "2025-10-23",
                "The trade talks will resume on Friday in the capital.", "Officials threatened tariffs of 100% on all goods.");
        Article a2 = b.article("wire-b.txt", "Wire B", "2025-10-23",
                "The talks, due to start on Saturday, follow weeks of tension.", "The threat of 100 per cent tariffs remains.");
        Claim fri = b.date(a1, "Friday", "talks", "start date", "2025-10-24");
        Claim sat = b.date(a2, "Saturday", "talks", "start date", "2025-10-25");
        b.claim(a1, "100%", ClaimKind.RATE, Role.VALUE, "tariffs", "rate", 100, 100, "100%");
        b.claim(a2, "100 per cent", ClaimKind.RATE, Role.VALUE, "tariffs", "rate", 100, 100, "100%");
        b.finding("Sources give different start dates for the same event", Severity.ERROR, "date",
                "Sources disagree on the start date of talks", "An event starts only once.", fri, sat);
        return b.build();
    }
}
