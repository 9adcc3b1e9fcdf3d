package org.crosscheck.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.normalize.Claim;
import org.crosscheck.normalize.Claims;
import org.crosscheck.normalize.MultiDayEvent;
import org.kie.api.runtime.KieSession;

/** Runs the claims through a Drools session and turns the rules' conflicts into findings, one per rule and event. */
public final class Checker {

    private final RuleSet rules;

    public Checker(RuleSet rules) {
        this.rules = rules;
    }

    public CheckResult check(Claims claims) {
        ConflictLog log = new ConflictLog();
        List<String> problems = new ArrayList<>();
        KieSession session = rules.base().newKieSession();
        try {
            session.setGlobal("conflicts", log);
            for (Claim c : claims.claims()) {
                session.insert(c);
            }
            for (MultiDayEvent m : claims.multiDay()) {
                session.insert(m);
            }
            for (org.crosscheck.normalize.Within w : claims.within()) {
                session.insert(w);
            }
            fire(session, problems);
        } finally {
            session.dispose();
        }
        return new CheckResult(assemble(log.conflicts(), claims), problems);
    }

    /** A rule that throws is reported and the session goes on, so the other rules' findings still come out. */
    private static void fire(KieSession session, List<String> problems) {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                session.fireAllRules();
                return;
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String where = e.getMessage() == null ? "a rule" : e.getMessage().lines().findFirst().orElse("a rule");
                problems.add("rule failed at run time: " + where + " (" + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")");
            }
        }
    }

    private List<Finding> assemble(List<Conflict> conflicts, Claims claims) {
        Map<String, Claim> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Claim c : claims.claims()) {
            byId.put(c.id(), c);
            order.put(c.id(), order.size());
        }
        Map<String, List<Conflict>> groups = new TreeMap<>();
        for (Conflict c : conflicts) {
            // one finding per event and category: "different start days" and "a day before the start" of the
            // same talks are one contradiction to a reader, explained by both rules
            groups.computeIfAbsent(c.first().event() + "\u0000" + rules.rule(c.rule()).category(), k -> new ArrayList<>()).add(c);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Conflict> group : groups.values()) {
            group.sort(Comparator.comparing((Conflict c) -> order.get(c.first().id())).thenComparing(c -> order.get(c.second().id())));
            out.add(finding(group, order));
        }
        out.sort(Comparator.comparing((Finding f) -> -f.severity().ordinal())
                .thenComparing(f -> order.get(f.claims().get(0)))
                .thenComparing(Finding::rule));
        List<Finding> numbered = new ArrayList<>();
        for (Finding f : out) {
            numbered.add(new Finding("F" + (numbered.size() + 1), f.fingerprint(), f.rule(), f.severity(), f.category(), f.event(),
                    f.attribute(), f.message(), f.explanation(), f.claims(), f.values(), f.confidence()));
        }
        return numbered;
    }

    private Finding finding(List<Conflict> group, Map<String, Integer> order) {
        List<RuleInfo> fired = group.stream().map(c -> rules.rule(c.rule())).distinct()
                .sorted(Comparator.comparing((RuleInfo r) -> -r.severity().ordinal()).thenComparing(RuleInfo::name)).toList();
        RuleInfo info = fired.get(0);
        Set<Claim> involved = new LinkedHashSet<>();
        Set<String> attributes = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>();
        double confidence = 0;
        for (Conflict c : group) {
            involved.add(c.first());
            involved.add(c.second());
            reasons.add(c.reason());
            confidence = Math.max(confidence, Math.min(c.first().confidence(), c.second().confidence()));
        }
        List<Claim> sorted = involved.stream().sorted(Comparator.comparing(c -> order.get(c.id()))).toList();
        for (Claim c : sorted) {
            attributes.add(c.attribute());
        }
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        sorted.stream().sorted(Comparator.comparing(Claim::value).thenComparing(c -> order.get(c.id())))
                .forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
        List<Finding.ValueGroup> values = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> v : byValue.entrySet()) {
            List<String> sources = v.getValue().stream().map(Claim::source).distinct().toList();
            values.add(new Finding.ValueGroup(v.getKey(), v.getValue().stream().map(Claim::id).toList(), sources));
            phrases.add(v.getKey() + " (" + String.join(", ", sources) + ")");
        }
        String event = sorted.get(0).event();
        String attribute = String.join(" / ", attributes);
        String message = "Sources disagree on the " + attribute + " of " + event + ": " + String.join(" vs ", phrases);
        StringBuilder explanation = new StringBuilder(info.explanation().isEmpty() ? String.join(" ", reasons) : info.explanation());
        for (RuleInfo also : fired.subList(1, fired.size())) {
            explanation.append(" Also: ").append(also.name()).append(" — ").append(also.explanation());
        }
        return new Finding("", fingerprint(info.name(), event, sorted), info.name(), info.severity(), info.category(), event,
                attribute, message, explanation.toString().strip(), sorted.stream().map(Claim::id).toList(), values,
                Math.round(confidence * 100) / 100.0);
    }

    /** Rule, event head and the sources' quotes: unchanged by re-runs and by edits elsewhere in an article. */
    static String fingerprint(String rule, String event, List<Claim> claims) {
        StringBuilder sb = new StringBuilder(rule).append('\n').append(event.replaceAll(" #\\d+$", "").split(" \\(")[0]);
        claims.stream().map(c -> c.source() + "\u0000" + c.text().toLowerCase(Locale.ROOT)).sorted().forEach(s -> sb.append('\n').append(s));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", d[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
