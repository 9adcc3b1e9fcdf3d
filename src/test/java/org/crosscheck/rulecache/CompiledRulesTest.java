package org.crosscheck.rulecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crosscheck.Pipeline;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.RuleExample;
import org.crosscheck.check.RuleInfo;
import org.crosscheck.check.RuleSet;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precompiled rules behave exactly like the rules compiled from DRL, and the cache follows the rule files:
 * an edit is picked up on the next load, a corrupt jar is rebuilt, errors still name the file and line.
 */
class CompiledRulesTest {

    private static final Path RULES = Path.of("rules");
    private static final Path DEVSET = Path.of("../shared/devset");

    @TempDir
    static Path sharedCache;

    private static RuleSet classic;
    private static RuleSet precompiled;

    @BeforeAll
    static void loadBoth() throws RuleException {
        classic = RuleSet.load(RULES);
        CompiledRules.Loaded loaded = new CompiledRules(sharedCache, CompiledRules.Mode.sync).loadWithOrigin(RULES);
        assertThat(loaded.fromCache()).as("the executable model builds the project's rules").isTrue();
        precompiled = loaded.rules();
    }

    @Test
    void theSameRulesWithTheSameMetadata() {
        assertThat(precompiled.rules()).isEqualTo(classic.rules());
    }

    @Test
    void everyRuleExampleFiresOrStaysSilentAsWithTheClassicCompiler() {
        int examples = 0;
        for (RuleInfo r : classic.rules().values()) {
            List<String> all = new ArrayList<>(r.fires());
            all.addAll(r.silent());
            for (String example : all) {
                assertThat(RuleExample.firingRules(precompiled, example)).as(r.name() + ": " + example)
                        .isEqualTo(RuleExample.firingRules(classic, example));
                examples++;
            }
            for (String example : r.fires()) {
                assertThat(RuleExample.firingRules(precompiled, example)).as(example).contains(r.name());
            }
            for (String example : r.silent()) {
                assertThat(RuleExample.firingRules(precompiled, example)).as(example).doesNotContain(r.name());
            }
        }
        assertThat(examples).isGreaterThan(30);
    }

    @Test
    void everyStoryGetsByteIdenticalReports() throws Exception {
        List<Path> stories = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
            s.filter(Files::isDirectory).forEach(stories::add);
        }
        if (Files.isDirectory(DEVSET)) {
            try (Stream<Path> s = Files.list(DEVSET)) {
                s.filter(Files::isDirectory).forEach(stories::add);
            }
        }
        int findings = 0;
        for (Path story : stories) {
            var a = new Pipeline(classic).run(List.of(story));
            var b = new Pipeline(precompiled).run(List.of(story));
            assertThat(new JsonRenderer().render(b)).as(story.toString()).isEqualTo(new JsonRenderer().render(a));
            findings += a.findings().size();
        }
        assertThat(findings).isPositive();
    }

    private static Path copyOfRules(Path dir) throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path t = copy.resolve(RULES.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t);
            }
        }
        return copy;
    }

    @Test
    void anEditedRuleIsPickedUpOnTheNextRun(@TempDir Path dir) throws Exception {
        Path rules = copyOfRules(dir);
        CompiledRules cache = new CompiledRules(dir.resolve("cache"), CompiledRules.Mode.sync);
        String rule = "Sources give different rates for the same thing";
        assertThat(cache.loadWithOrigin(rules).rules().rule(rule).severity().label()).isEqualTo("error");
        assertThat(cache.loadWithOrigin(rules).fromCache()).isTrue();

        Path file = rules.resolve("numbers/rates.drl");
        Files.writeString(file, Files.readString(file).replace("@severity(\"error\")", "@severity(\"info\")"));
        CompiledRules.Loaded edited = cache.loadWithOrigin(rules);

        assertThat(edited.rules().rule(rule).severity().label()).isEqualTo("info");
        assertThat(edited.fromCache()).isTrue();
        assertThat(Files.readString(file)).contains("@severity(\"info\")"); // the rules folder itself is never written
        try (Stream<Path> s = Files.list(rules)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dates", "numbers", "places", "times");
        }
    }

    @Test
    void aRuleErrorNamesItsFileAndLineEvenWhenOlderRulesAreCached(@TempDir Path dir) throws Exception {
        Path rules = copyOfRules(dir);
        CompiledRules cache = new CompiledRules(dir.resolve("cache"), CompiledRules.Mode.sync);
        cache.load(rules);
        Path file = rules.resolve("numbers/rates.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int when = lines.indexOf("when");
        lines.set(when + 1, "    $a : Claim(kind == )");
        Files.write(file, lines);

        assertThatThrownBy(() -> cache.load(rules)).isInstanceOf(RuleException.class)
                .hasMessageStartingWith(rules.resolve("numbers/rates.drl") + ":" + (when + 2) + ": ");
    }

    @Test
    void aCorruptOrTruncatedCacheIsRebuiltSilently(@TempDir Path dir) throws Exception {
        Path cacheDir = dir.resolve("cache");
        CompiledRules cache = new CompiledRules(cacheDir, CompiledRules.Mode.sync);
        cache.load(RULES);
        Path jar;
        try (Stream<Path> s = Files.list(cacheDir)) {
            jar = s.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(jar);
        for (byte[] broken : List.of("not a jar".getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0])) {
            Files.write(jar, broken);
            CompiledRules.Loaded again = cache.loadWithOrigin(RULES);
            assertThat(again.rules().rules()).isEqualTo(classic.rules());
            assertThat(again.fromCache()).as("rebuilt and loaded from the new jar").isTrue();
            assertThat(Files.readAllBytes(jar)).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void concurrentRunsShareTheCacheWithoutCorruptingIt(@TempDir Path dir) throws Exception {
        Path cacheDir = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<RuleSet>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> new CompiledRules(cacheDir, CompiledRules.Mode.sync).load(RULES)));
            }
            for (Future<RuleSet> r : runs) {
                assertThat(r.get().rules()).isEqualTo(classic.rules());
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertThat(s.map(p -> p.getFileName().toString())).singleElement().asString().matches("rules-[0-9a-f]{32}\\.jar");
        }
        assertThat(new CompiledRules(cacheDir, CompiledRules.Mode.sync).loadWithOrigin(RULES).fromCache()).isTrue();
    }

    @Test
    void rulesThatThrowAtRunTimeAreReportedAsWithTheClassicCompiler(@TempDir Path dir) throws Exception {
        Path rules = copyOfRules(dir);
        Files.writeString(rules.resolve("hostile.drl"), """
                package rules.hostile;

                import org.crosscheck.normalize.Claim;

                global org.crosscheck.check.ConflictLog conflicts;

                rule "Throws on dates"
                    @severity("error")
                    @category("test")
                when
                    $c : Claim(attribute == "date")
                then
                    throw new IllegalStateException("boom on " + $c.id());
                end

                rule "Condition throws"
                    @severity("error")
                    @category("test")
                when
                    $c : Claim(text.substring(100000).length() > 0)
                then
                end
                """);
        CompiledRules.Loaded loaded = new CompiledRules(dir.resolve("cache"), CompiledRules.Mode.sync).loadWithOrigin(rules);
        assertThat(loaded.fromCache()).isTrue();
        Path story = Path.of("fixtures/trade-talks-kl");
        var a = new Pipeline(RuleSet.load(rules)).run(List.of(story));
        var b = new Pipeline(loaded.rules()).run(List.of(story));
        assertThat(b.problems()).isEqualTo(a.problems()).isNotEmpty();
        assertThat(b.problems()).anyMatch(p -> p.startsWith("rule \"Condition throws\" (hostile.drl) was skipped"))
                .anyMatch(p -> p.startsWith("rule \"Throws on dates\" (hostile.drl) failed at run time on claims"));
        assertThat(new JsonRenderer().render(b)).isEqualTo(new JsonRenderer().render(a));
    }

    @Test
    void withTheCacheOffTheRulesAreCompiledAndNothingIsWritten(@TempDir Path dir) throws Exception {
        CompiledRules.Loaded off = new CompiledRules(dir.resolve("cache"), CompiledRules.Mode.off).loadWithOrigin(RULES);
        assertThat(off.fromCache()).isFalse();
        assertThat(off.rules().rules()).isEqualTo(classic.rules());
        assertThat(dir.resolve("cache")).doesNotExist();
    }
}
