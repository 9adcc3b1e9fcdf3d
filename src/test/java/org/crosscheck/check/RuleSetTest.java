package org.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {

    private static final String GOOD = """
            package rules.test;
            import org.crosscheck.normalize.Claim;
            global org.crosscheck.check.ConflictLog conflicts;
            rule "Two claims share an event"
                @severity("info")
                @category("test")
            when
                $a : Claim($e : event)
                $b : Claim(event == $e, article > $a.article)
            then
                conflicts.add(kcontext, $a, $b, "same event");
            end
            """;

    @Test
    void syntaxErrorNamesTheRuleFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), GOOD.replace("$b : Claim(event == $e, article > $a.article)",
                "$b : Claim(event == $e, article > $a.article"));
        assertThatThrownBy(() -> RuleSet.load(dir))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith(dir.resolve("broken.drl") + ":");
        String line = new RuleExceptionLine(dir).line();
        assertThat(line).matches("\\d+");
    }

    @Test
    void ruleWithoutSeverityIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bare.drl"), GOOD.replace("    @severity(\"info\")\n", ""));
        assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("Two claims share an event").hasMessageContaining("@severity");
    }

    @Test
    void emptyRulesFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleException.class).hasMessageContaining("no .drl rule files");
    }

    @Test
    void metadataIsReadFromTheRule() throws RuleException {
        RuleInfo info = RuleSet.compile("mem", Map.of("t.drl", GOOD)).rule("Two claims share an event");
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.category()).isEqualTo("test");
        assertThat(info.file()).isEqualTo("t.drl");
    }

    /** The line number part of a syntax error message ("…/broken.drl:9: …"). */
    private record RuleExceptionLine(Path dir) {
        String line() {
            try {
                RuleSet.load(dir);
                return "";
            } catch (RuleException e) {
                String rest = e.getMessage().substring((dir.resolve("broken.drl") + ":").length());
                return rest.substring(0, rest.indexOf(':'));
            }
        }
    }
}
