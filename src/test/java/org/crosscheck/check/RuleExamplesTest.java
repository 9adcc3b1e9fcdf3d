package org.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule in rules/ against the examples it carries, the way LanguageTool checks its rules. */
class RuleExamplesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compileRules() throws RuleException {
        rules = RuleSet.load(Path.of("rules"));
    }

    @Test
    void everyRuleCarriesMetadataAndExamplesBothWays() {
        assertThat(rules.rules()).isNotEmpty();
        for (RuleInfo r : rules.rules().values()) {
            assertThat(r.severity()).as(r.name()).isNotNull();
            assertThat(r.category()).as(r.name()).isNotBlank();
            assertThat(r.explanation()).as(r.name()).isNotBlank();
            assertThat(r.fires()).as("examples on which \"%s\" must fire", r.name()).isNotEmpty();
            assertThat(r.silent()).as("near-misses on which \"%s\" must stay silent", r.name()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExamplesAndStaysSilentOnItsNearMisses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo r : rules.rules().values()) {
            for (String example : r.fires()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " fires on: " + example,
                        () -> assertThat(RuleExample.firingRules(rules, example)).contains(r.name())));
            }
            for (String example : r.silent()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " is silent on: " + example,
                        () -> assertThat(RuleExample.firingRules(rules, example)).doesNotContain(r.name())));
            }
        }
        return tests.stream();
    }
}
