package org.crosscheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rules of a rules folder: every {@code .drl} file below it, compiled at start-up with the
 * classic DRL compiler so that an edited rule needs no rebuild and an error names its file and line.
 */
public final class RuleSet {

    private final InternalKnowledgeBase base;
    private final Map<String, RuleInfo> rules;
    private final String where;
    private final Map<String, String> sources;

    private RuleSet(InternalKnowledgeBase base, Map<String, RuleInfo> rules, String where, Map<String, String> sources) {
        this.base = base;
        this.rules = rules;
        this.where = where;
        this.sources = sources;
    }

    /** Compiles every .drl file below {@code folder}, in file-name order. */
    public static RuleSet load(Path folder) throws RuleException {
        return compile(folder.toString(), sources(folder));
    }

    /** The text of every .drl file below {@code folder}, keyed by its path relative to the folder ('/' separators), sorted. */
    public static Map<String, String> sources(Path folder) throws RuleException {
        if (!Files.isDirectory(folder)) {
            throw new RuleException(folder + ": rules folder not found (use --rules DIR)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleException(folder + ": cannot list the rules folder (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new RuleException(folder + ": no .drl rule files (put rules there, or leave out --rules for the built-in ones)");
        }
        Map<String, String> sources = new TreeMap<>();
        for (Path f : files) {
            try {
                sources.put(folder.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new RuleException(f + ": not UTF-8 text (save the rule file as UTF-8)");
            } catch (IOException e) {
                throw new RuleException(f + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return sources;
    }

    /** Compiles DRL sources keyed by file name; {@code where} prefixes file names in error messages. */
    public static RuleSet compile(String where, Map<String, String> sources) throws RuleException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        // one batch: the Java compiler runs once for all files instead of once per file (start-up time)
        var batch = builder.batch();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            batch.add(ResourceFactory.newByteArrayResource(s.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(s.getKey()), ResourceType.DRL);
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            // The DRL compiler throws on some malformed input instead of reporting an error: find the file, one line.
            throw new RuleException(Path.of(where, throwingFile(sources)) + ": cannot be compiled (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
        if (builder.hasErrors()) {
            KnowledgeBuilderError first = builder.getErrors().iterator().next();
            String file = first.getResource() != null && first.getResource().getSourcePath() != null
                    ? first.getResource().getSourcePath() : sources.keySet().iterator().next();
            throw new RuleException(describe(where, file, first));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return of(base, where, sources);
    }

    /**
     * The rule set of a knowledge base built elsewhere from {@code sources} (a cached, precompiled form of the same
     * files): its rules' metadata is read the same way as after {@link #compile}.
     */
    public static RuleSet of(InternalKnowledgeBase base, String where, Map<String, String> sources) throws RuleException {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                rules.put(r.getName(), info(where, r, fileOf(r, sources)));
            }
        }
        if (rules.isEmpty()) {
            throw new RuleException(where + ": the .drl files define no rules");
        }
        return new RuleSet(base, rules, where, Map.copyOf(sources));
    }

    /** Only when a batch threw: compile the files one at a time to name the one the compiler cannot take. */
    private static String throwingFile(Map<String, String> sources) {
        for (Map.Entry<String, String> s : sources.entrySet()) {
            try {
                KnowledgeBuilderFactory.newKnowledgeBuilder().add(ResourceFactory.newByteArrayResource(
                        s.getValue().getBytes(StandardCharsets.UTF_8)).setSourcePath(s.getKey()), ResourceType.DRL);
            } catch (RuntimeException e) {
                return s.getKey();
            }
        }
        return sources.keySet().iterator().next();
    }

    private static String fileOf(Rule r, Map<String, String> sources) {
        for (Map.Entry<String, String> s : sources.entrySet()) {
            if (s.getValue().contains("rule \"" + r.getName() + "\"")) {
                return s.getKey();
            }
        }
        return "?";
    }

    private static String describe(String where, String file, KnowledgeBuilderError e) {
        int[] lines = e.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error").strip();
        return Path.of(where, file) + line + ": " + message;
    }

    private static RuleInfo info(String where, Rule r, String file) throws RuleException {
        Map<String, Object> meta = r.getMetaData();
        Severity severity = Severity.parse(text(meta.get("severity")));
        String category = text(meta.get("category"));
        if (severity == null || category == null) {
            throw new RuleException(Path.of(where, file) + ": rule \"" + r.getName()
                    + "\" needs @severity(\"error|warning|info\") and @category(\"...\")");
        }
        return new RuleInfo(r.getName(), file, severity, category, text(meta.getOrDefault("explanation", "")),
                examples(meta, "fires"), examples(meta, "silent"));
    }

    private static List<String> examples(Map<String, Object> meta, String prefix) {
        return meta.keySet().stream().filter(k -> k.startsWith(prefix)).sorted()
                .map(k -> text(meta.get(k))).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * The same rules less one, compiled afresh so the shared knowledge base is never changed: used when a rule's
     * condition throws, which aborts the whole session, so that the other rules can still be run.
     */
    RuleSet without(String ruleName) throws RuleException {
        RuleSet fresh = compile(where, sources);
        for (KiePackage p : fresh.base.getKiePackages()) {
            if (p.getRules().stream().anyMatch(r -> r.getName().equals(ruleName))) {
                fresh.base.removeRule(p.getName(), ruleName);
            }
        }
        Map<String, RuleInfo> left = new TreeMap<>(fresh.rules);
        left.remove(ruleName);
        return new RuleSet(fresh.base, left, where, sources);
    }

    InternalKnowledgeBase base() {
        return base;
    }

    /** Every rule's declared metadata, by rule name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    @Override
    public String toString() {
        return rules.size() + " rules: " + Arrays.toString(rules.keySet().toArray());
    }
}
