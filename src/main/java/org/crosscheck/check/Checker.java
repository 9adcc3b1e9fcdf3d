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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.normalize.Claim;
import org.crosscheck.normalize.Claims;
import org.crosscheck.normalize.MultiDayEvent;
import org.crosscheck.origin.Origins;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the claims through a Drools session and turns the rules' conflicts into findings, one per event and category. */
public final class Checker {

    private final RuleSet rules;

    public Checker(RuleSet rules) {
        this.rules = rules;
    }

    /** Checks the claims taking every article as an independent origin. */
    public CheckResult check(Claims claims) {
        return check(claims, Origins.none());
    }

    /** Checks the claims; each finding counts its values' support by the articles' origins and names copies that changed what they repeat. */
    public CheckResult check(Claims claims, Origins origins) {
        List<String> conditionFailures = new ArrayList<>();
        RuleSet active = rules;
        while (true) {
            ConflictLog log = new ConflictLog();
            List<String> problems = new ArrayList<>();
            String broken;
            KieSession session = active.base().newKieSession();
            try {
                session.setGlobal("conflicts", log);
                // Conditions may be evaluated on insert: a condition that throws must not lose the other claims.
                for (Claim c : claims.claims()) {
                    insert(session, c, "claim " + c.id(), problems);
                }
                for (MultiDayEvent m : claims.multiDay()) {
                    insert(session, m, "a multi-day event", problems);
                }
                for (org.crosscheck.normalize.Within w : claims.within()) {
                    insert(session, w, "a place", problems);
                }
                broken = fire(session, problems);
            } finally {
                session.dispose();
            }
            if (broken != null && active.rules().containsKey(broken) && active.rules().size() > 1) {
                // A throwing condition aborts the whole session: run again without that rule.
                conditionFailures.add(problems.remove(problems.size() - 1));
                try {
                    active = active.without(broken);
                    continue;
                } catch (RuleException e) {
                    problems.add("cannot run the rules without \"" + broken + "\": " + e.getMessage());
                }
            }
            List<String> all = new ArrayList<>(conditionFailures);
            all.addAll(problems);
            List<Finding> assembled = assemble(log.conflicts(), claims, active, origins);
            List<Finding> updates = assembled.stream().filter(f -> f.category().equals(UPDATE)).toList();
            List<Finding> findings = renumber(assembled.stream().filter(f -> !f.category().equals(UPDATE)).toList(), "F");
            return new CheckResult(findings, all, renumber(updates, "U"));
        }
    }

    private static void insert(KieSession session, Object fact, String what, List<String> problems) {
        try {
            session.insert(fact);
        } catch (RuntimeException e) {
            problems.add("a rule condition failed on " + what + ": " + firstLine(e) + " (" + rootCause(e)
                    + "); fix the rule's condition");
        }
    }

    /**
     * A rule whose action throws is reported and the session goes on, so the other rules' findings still come out.
     * Returns the name of a rule whose condition threw (the session is then unusable), else null.
     */
    private String fire(KieSession session, List<String> problems) {
        for (int attempt = 0; attempt < MAX_FAILURES; attempt++) {
            try {
                session.fireAllRules();
                return null;
            } catch (ConsequenceException e) {
                problems.add(describe(e));
            } catch (RuntimeException e) {
                Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
                if (m.find()) {
                    // the rule set knows its file as the user named it; a precompiled rule names its packaged path
                    RuleInfo info = rules.rule(m.group(1));
                    problems.add("rule \"" + m.group(1) + "\" (" + (info == null ? m.group(2) : info.file()) + ") was skipped: its condition failed ("
                            + rootCause(e) + "); fix the condition, the other rules still ran");
                    return m.group(1);
                }
                problems.add("rule failed at run time: " + firstLine(e) + " (" + rootCause(e) + ")");
            }
        }
        problems.add("stopped after " + MAX_FAILURES + " rule failures; fix the rules above and run again");
        return null;
    }

    /** The category of rules that report a figure changing over time rather than a contradiction. */
    public static final String UPDATE = "update";

    private static List<Finding> renumber(List<Finding> in, String prefix) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : in) {
            out.add(f.withId(prefix + (out.size() + 1)));
        }
        return out;
    }

    /** How Drools names the rule in a constraint-evaluation error: {@code [Rule "name" in file.drl]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"(.*?)\" in ([^\\]]*)\\]");

    /** Enough to report a rule that throws on every claim of a large run, few enough to always end. */
    private static final int MAX_FAILURES = 1000;

    /** Names the rule, its file and the claims it was matching, so the author can reproduce the failure. */
    private String describe(ConsequenceException e) {
        String name = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
        RuleInfo info = rules.rule(name);
        List<String> ids = e.getMatch() == null ? List.of() : e.getMatch().getObjects().stream()
                .filter(Claim.class::isInstance).map(o -> ((Claim) o).id()).toList();
        return "rule \"" + name + "\"" + (info == null ? "" : " (" + info.file() + ")") + " failed at run time on "
                + (ids.isEmpty() ? "its match" : "claims " + String.join(", ", ids)) + ": " + rootCause(e)
                + "; its other matches and the other rules still ran";
    }

    private static String firstLine(RuntimeException e) {
        return e.getMessage() == null ? "a rule" : e.getMessage().lines().findFirst().orElse("a rule");
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse(""));
    }

    private List<Finding> assemble(List<Conflict> conflicts, Claims claims, RuleSet active, Origins origins) {
        Map<String, Integer> order = new HashMap<>();
        for (Claim c : claims.claims()) {
            order.put(c.id(), order.size());
        }
        Map<String, List<Conflict>> groups = new TreeMap<>();
        for (Conflict c : conflicts) {
            // one finding per event and category: "different start days" and "a day before the start" of the
            // same talks are one contradiction to a reader, explained by both rules
            groups.computeIfAbsent(c.first().event() + "\u0000" + active.rule(c.rule()).category(), k -> new ArrayList<>()).add(c);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Conflict> group : groups.values()) {
            group.sort(Comparator.comparing((Conflict c) -> order.get(c.first().id())).thenComparing(c -> order.get(c.second().id())));
            out.add(finding(group, order, active, origins));
        }
        out.sort(Comparator.comparing((Finding f) -> -f.severity().ordinal())
                .thenComparing(f -> order.get(f.claims().get(0)))
                .thenComparing(Finding::rule));
        List<Finding> numbered = new ArrayList<>();
        for (Finding f : out) {
            numbered.add(f.withId("F" + (numbered.size() + 1)));
        }
        return numbered;
    }

    private Finding finding(List<Conflict> group, Map<String, Integer> order, RuleSet active, Origins origins) {
        List<RuleInfo> fired = group.stream().map(c -> active.rule(c.rule())).distinct()
                .sorted(Comparator.comparing((RuleInfo r) -> -r.severity().ordinal()).thenComparing(RuleInfo::name)).toList();
        RuleInfo info = fired.get(0);
        Set<Claim> involved = new LinkedHashSet<>();
        Set<String> attributes = new java.util.TreeSet<>(); // sorted: the same whatever the articles are called
        Set<String> reasons = new LinkedHashSet<>();
        double confidence = 0;
        for (Conflict c : group) {
            involved.add(c.first());
            involved.add(c.second());
            reasons.add(c.reason());
            // how sure the values are, and how sure the aligner was that the two state one fact
            double aligned = 1 / (1 + Math.exp(-Math.min(c.first().alignment(), c.second().alignment())));
            confidence = Math.max(confidence, Math.min(Math.min(c.first().confidence(), c.second().confidence()), aligned));
        }
        List<Claim> sorted = involved.stream().sorted(Comparator.comparing(c -> order.get(c.id()))).toList();
        for (Claim c : sorted) {
            attributes.add(c.attribute());
        }
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        sorted.stream().sorted(Comparator.comparing(Claim::value).thenComparing(c -> order.get(c.id())))
                .forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
        Support support = Support.of(byValue, origins);
        List<Finding.ValueGroup> values = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> v : byValue.entrySet()) {
            List<String> sources = v.getValue().stream().map(Claim::source).distinct().toList();
            values.add(new Finding.ValueGroup(v.getKey(), v.getValue().stream().map(Claim::id).toList(), sources,
                    support.articles(v.getKey()), support.origins(v.getKey())));
            phrases.add(v.getKey() + " (" + String.join(", ", sources) + ")");
        }
        // copies of one story count once: five copies of one origin against one other are two origins, not six sources
        confidence *= support.independence();
        String event = sorted.get(0).event();
        String attribute = String.join(" / ", attributes);
        // an event named for what it measures ("distance from (moscow)") is not "the distance of distance from"
        int of = attribute.lastIndexOf(" of ");
        String counted = of < 0 ? "" : attribute.substring(of + 4); // "number of passenger" and event "passenger (boeing)"
        String subject = event.startsWith(attribute + " ") ? event
                : !counted.isEmpty() && (event.equals(counted) || event.startsWith(counted + " ")) ? attribute.substring(0, of) + " of " + event
                : attribute + " of " + event;
        String message = "Sources disagree on the " + subject + ": " + String.join(" vs ", phrases)
                + support.copying().stream().map(c -> "; " + c.sentence()).reduce("", String::concat);
        StringBuilder explanation = new StringBuilder(info.explanation().isEmpty() ? String.join(" ", reasons) : info.explanation());
        for (RuleInfo also : fired.subList(1, fired.size())) {
            explanation.append(" Also: ").append(also.name()).append(" — ").append(also.explanation());
        }
        return new Finding("", fingerprint(info.name(), event, sorted), info.name(), info.severity(), info.category(), event,
                attribute, message, explanation.toString().strip(), sorted.stream().map(Claim::id).toList(), values,
                Math.round(confidence * 100) / 100.0, support.copying());
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
