package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck baseline --write} and {@code check --baseline}: accepted findings are shown but do not fail the run. */
class BaselineCommandTest {

    private static final String FIXTURE = "fixtures/trade-talks-kl";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void checkWithAFullBaselineExitsZeroAndListsTheAcceptedFindings(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("baseline.json");

        String[] write = run("baseline", "--write", baseline.toString(), "--who", "Ana", "--why", "reviewed", FIXTURE);
        String[] before = run("check", FIXTURE);
        String[] after = run("check", "--baseline", baseline.toString(), FIXTURE);

        assertThat(write[0]).as(write[2]).isEqualTo("0");
        assertThat(Files.readString(baseline)).contains("\"who\" : \"Ana\"", "\"why\" : \"reviewed\"", "\"fingerprint\"");
        assertThat(before[0]).as("the fixture has at least one error finding").isEqualTo("1");
        assertThat(after[0]).as(after[1]).isEqualTo("0");
        assertThat(after[1]).contains("accepted by Ana on ", ": reviewed", "No open contradictions;");
    }

    @Test
    void acceptedFindingsAppearInTheJsonReport(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("baseline.json");
        run("baseline", "--write", baseline.toString(), FIXTURE);

        String[] json = run("check", "--format", "json", "--baseline", baseline.toString(), FIXTURE);

        assertThat(json[1]).contains("\"findings\" : [ ]", "\"accepted\" : [", "\"finding\" : {");
    }

    @Test
    void missingBaselineIsAnInputError() {
        String[] r = run("check", "--baseline", "no-such-baseline.json", FIXTURE);

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("crosscheck: no-such-baseline.json").doesNotContain("\tat ");
    }

    @Test
    void baselineNeedsWrite() {
        String[] r = run("baseline", FIXTURE);

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--write");
    }
}
