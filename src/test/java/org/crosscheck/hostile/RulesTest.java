package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken rule folders fail with the rule file and line; a rule that throws at run time costs only its own findings. */
class RulesTest {

    private static final String HEADER = """
            package rules.hostile;

            import org.crosscheck.normalize.Claim;

            global org.crosscheck.check.ConflictLog conflicts;

            """;

    /**
     * @param name    what is wrong with the rules folder
     * @param files   file name to content, written into the rules folder (none: an empty folder)
     * @param errLine expected first stderr line, {rules} standing for the folder
     */
    record Case(String name, List<String[]> files, String errLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<String[]> one(String file, String content) {
        List<String[]> l = new ArrayList<>();
        l.add(new String[] {file, content});
        return l;
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty folder", List.of(), "crosscheck: {rules}: no .drl rule files (put rules there, or leave out --rules for the built-in ones)"),
                new Case("only other files", one("notes.txt", "rule \"x\""),
                        "crosscheck: {rules}: no .drl rule files (put rules there, or leave out --rules for the built-in ones)"),
                new Case("syntax error", one("broken.drl", HEADER + """
                        rule "Broken"
                            @severity("error")
                            @category("test")
                        when
                            $c : Claim(attribute == )
                        then
                        end
                        """), "crosscheck: {rules}/broken.drl:11: [ERR 101] Line 11:28 no viable alternative at input ')' in rule \"Broken\""),
                new Case("unknown fact type", one("types.drl", HEADER + """
                        rule "Typo"
                            @severity("error")
                            @category("test")
                        when
                            $c : Clam()
                        then
                        end
                        """), "crosscheck: {rules}/types.drl:11: Unable to resolve ObjectType 'Clam'"),
                new Case("rule file in Latin-1", one("latin.drl", "LATIN1:" + HEADER + "// caf\u00e9\n"),
                        "crosscheck: {rules}/latin.drl: not UTF-8 text (save the rule file as UTF-8)"),
                new Case("binary rule file", one("bin.drl", "BINARY"), null),
                new Case("no rules in the files", one("empty.drl", HEADER), "crosscheck: {rules}: the .drl files define no rules"),
                new Case("rule without severity", one("meta.drl", HEADER + """
                        rule "No metadata"
                        when
                            $c : Claim()
                        then
                        end
                        """), "crosscheck: {rules}/meta.drl: rule \"No metadata\" needs @severity(\"error|warning|info\") and @category(\"...\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenRulesFolderGivesExit2AndNamesTheFile(Case c, @TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (String[] f : c.files()) {
            if (f[1].startsWith("LATIN1:")) {
                write(rules.resolve(f[0]), f[1].substring(7).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else if (f[1].equals("BINARY")) {
                byte[] noise = new byte[2048];
                new java.util.Random(3).nextBytes(noise);
                write(rules.resolve(f[0]), noise);
            } else {
                write(rules.resolve(f[0]), f[1]);
            }
        }
        Cli r = Cli.run("check", "--rules", rules.toString(), Cli.FIXTURE.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        if (c.errLine() == null) {
            assertThat(r.firstErrLine()).startsWith("crosscheck: " + rules.resolve(c.files().get(0)[0]));
        } else {
            assertThat(r.firstErrLine()).isEqualTo(c.errLine().replace("{rules}", rules.toString()));
        }
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingRulesFolderIsNamed(@TempDir Path dir) {
        Cli r = Cli.run("check", "--rules", dir.resolve("nope").toString(), Cli.FIXTURE.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.firstErrLine()).isEqualTo("crosscheck: " + dir.resolve("nope") + ": rules folder not found (use --rules DIR)");
    }

    /** Copies the real rules and adds {@code extra} as hostile.drl. */
    private static Path rulesWith(Path dir, String extra) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(Cli.RULES)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                write(rules.resolve(Cli.RULES.relativize(p).toString()), Files.readAllBytes(p));
            }
        }
        write(rules.resolve("hostile.drl"), HEADER + extra);
        return rules;
    }

    private static List<String> fingerprints(JsonNode report) {
        List<String> f = new ArrayList<>();
        report.get("findings").forEach(n -> f.add(n.get("fingerprint").asText()));
        return f;
    }

    @Test
    void ruleThatThrowsIsReportedWithItsClaimsAndTheOtherFindingsStillComeOut(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, """
                rule "Throws on dates"
                    @severity("error")
                    @category("test")
                when
                    $c : Claim(attribute == "date")
                then
                    throw new IllegalStateException("boom on " + $c.id());
                end
                """);
        Cli clean = Cli.checkJson(Cli.FIXTURE.toString());
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--rules", rules.toString(), Cli.FIXTURE.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(fingerprints(r.json())).isEqualTo(fingerprints(clean.json())).isNotEmpty();
        List<String> problems = new ArrayList<>();
        r.json().get("problems").forEach(p -> problems.add(p.asText()));
        long dateClaims = 0;
        for (JsonNode c : r.json().get("claims")) {
            dateClaims += c.get("attribute").asText().equals("date") ? 1 : 0;
        }
        assertThat(problems).hasSize((int) dateClaims);
        assertThat(problems.get(0)).matches("rule \"Throws on dates\" \\(hostile\\.drl\\) failed at run time on claims a\\d+\\.c\\d+: "
                + "IllegalStateException: boom on a\\d+\\.c\\d+; its other matches and the other rules still ran");
    }

    @Test
    void ruleWhoseConditionThrowsIsReportedAndTheOtherFindingsStillComeOut(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, """
                rule "Condition throws"
                    @severity("error")
                    @category("test")
                when
                    $c : Claim(text.substring(100000).length() > 0)
                then
                end
                """);
        Cli clean = Cli.checkJson(Cli.FIXTURE.toString());
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--rules", rules.toString(), Cli.FIXTURE.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(fingerprints(r.json())).isEqualTo(fingerprints(clean.json())).isNotEmpty();
        assertThat(r.json().get("problems")).hasSize(1);
        assertThat(r.json().get("problems").get(0).asText()).matches("rule \"Condition throws\" \\(hostile\\.drl\\) was skipped: "
                + "its condition failed \\(StringIndexOutOfBoundsException: begin 100000, end \\d+, length \\d+\\); "
                + "fix the condition, the other rules still ran");
    }
}
