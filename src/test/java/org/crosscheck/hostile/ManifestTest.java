package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.GOOD;
import static org.crosscheck.hostile.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken manifests: one clear line naming manifest.json, the entry and what to do; odd dates warn instead. */
class ManifestTest {

    /**
     * @param name     what is wrong with the manifest
     * @param manifest its content; a.txt and b.txt exist beside it
     * @param exit     expected exit code
     * @param errLine  expected first stderr line, {m} standing for the manifest's path ("" for none)
     * @param warning  a warning the report must contain, or null
     */
    record Case(String name, String manifest, int exit, String errLine, String warning) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("truncated JSON", "{\"articles\": [", 2,
                        "crosscheck: {m}: not valid JSON at line 1, column 15 (Unexpected end-of-input: expected close marker for Array); fix the JSON", null),
                new Case("trailing comma", "{\"articles\": [{\"file\": \"a.txt\"},]}", 2,
                        "crosscheck: {m}: not valid JSON at line 1, column 33 (Unexpected character (']' (code 93)): expected a value); fix the JSON", null),
                new Case("empty file", "", 2, "crosscheck: {m}: needs an \"articles\" array of {\"file\", \"source\", \"published\"}", null),
                new Case("top level is an array", "[{\"file\": \"a.txt\"}]", 2,
                        "crosscheck: {m}: needs an \"articles\" array of {\"file\", \"source\", \"published\"}", null),
                new Case("articles is an object", "{\"articles\": {\"file\": \"a.txt\"}}", 2,
                        "crosscheck: {m}: needs an \"articles\" array of {\"file\", \"source\", \"published\"}", null),
                new Case("entry is a string", "{\"articles\": [\"a.txt\"]}", 2,
                        "crosscheck: {m}: articles[0] must be an object like {\"file\": \"a.txt\"}", null),
                new Case("entry is null", "{\"articles\": [null]}", 2,
                        "crosscheck: {m}: articles[0] must be an object like {\"file\": \"a.txt\"}", null),
                new Case("file is a number", "{\"articles\": [{\"file\": 3}]}", 2, "crosscheck: {m}: articles[0] needs a \"file\" string", null),
                new Case("source is a number", "{\"articles\": [{\"file\": \"a.txt\", \"source\": 7}]}", 2,
                        "crosscheck: {m}: articles[0]: \"source\" must be a string", null),
                new Case("published is a number", "{\"articles\": [{\"file\": \"a.txt\", \"published\": 20251023}]}", 2,
                        "crosscheck: {m}: articles[0]: \"published\" must be a string", null),
                new Case("listed file missing", "{\"articles\": [{\"file\": \"a.txt\"}, {\"file\": \"gone.txt\"}]}", 2,
                        "crosscheck: {m}: articles[1]: file \"gone.txt\" does not exist", null),
                new Case("listed file is a folder", "{\"articles\": [{\"file\": \"sub\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"sub\" does not exist", null),
                new Case("duplicate entry", "{\"articles\": [{\"file\": \"a.txt\"}, {\"file\": \"b.txt\"}, {\"file\": \"a.txt\"}]}", 2,
                        "crosscheck: {m}: articles[2]: file \"a.txt\" is already listed at articles[0]; list each article once", null),
                new Case("duplicate entry spelled differently", "{\"articles\": [{\"file\": \"a.txt\"}, {\"file\": \"./sub/../a.txt\"}]}", 2,
                        "crosscheck: {m}: articles[1]: file \"./sub/../a.txt\" is already listed at articles[0]; list each article once", null),
                new Case("impossible date", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"2025-02-30\"}]}", 2,
                        "crosscheck: {m}: articles[0] (a.txt): publication date \"2025-02-30\" is not a real date", null),
                new Case("day-first date", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"23/10/2025\"}]}", 2,
                        "crosscheck: {m}: articles[0] (a.txt): publication date \"23/10/2025\" is not a date (use YYYY-MM-DD, e.g. 2025-10-23)", null),
                new Case("written date is accepted", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"October 23, 2025\"}]}", 0, "", null),
                new Case("RFC 1123 date is accepted", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"Thu, 23 Oct 2025 10:00:00 GMT\"}]}",
                        0, "", null),
                new Case("far-future date warns", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"9999-01-01\"}]}", 0, "",
                        "a.txt: publication date 9999-01-01 is in the future; relative dates were resolved from it (check the date)"),
                new Case("far-past date warns", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"0001-01-01\"}]}", 0, "",
                        "a.txt: publication date 0001-01-01 is before 1900; relative dates were resolved from it (check the date)"),
                new Case("parent traversal", "{\"articles\": [{\"file\": \"../../etc/passwd\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"../../etc/passwd\" is outside the manifest's folder", null),
                new Case("absolute path", "{\"articles\": [{\"file\": \"/etc/passwd\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"/etc/passwd\" is outside the manifest's folder", null),
                new Case("link to outside", "{\"articles\": [{\"file\": \"passwd.txt\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"passwd.txt\" links to outside the manifest's folder", null),
                new Case("no articles listed", "{\"articles\": []}", 2, "crosscheck: {dir}: no readable articles (.txt, .md, .html or .json)", null),
                // Found by Jazzer: a newline in a quoted name made the message two lines.
                new Case("file name with a newline and an escape", "{\"articles\": [{\"file\": \"K\\nKK5\\u001b[2J\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"K\\nKK5\\u001b[2J\" does not exist", null),
                new Case("file name with a NUL", "{\"articles\": [{\"file\": \"a\\u0000.txt\"}]}", 2,
                        "crosscheck: {m}: articles[0]: file \"a\\u0000.txt\" is not a valid file name", null),
                new Case("date with a carriage return", "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"2025\\r10\"}]}", 2,
                        "crosscheck: {m}: articles[0] (a.txt): publication date \"2025\\r10\" is not a date (use YYYY-MM-DD, e.g. 2025-10-23)", null),
                new Case("listed file is empty", "{\"articles\": [{\"file\": \"a.txt\"}, {\"file\": \"empty.txt\"}]}", 0, "",
                        "empty.txt: empty, skipped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenManifestGivesTheExpectedExitAndMessage(Case c, @org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        Path dir = root.resolve("story");
        write(dir.resolve("a.txt"), GOOD);
        write(dir.resolve("b.txt"), GOOD.replace("Friday", "Thursday"));
        write(dir.resolve("empty.txt"), "");
        Files.createDirectories(dir.resolve("sub"));
        write(root.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nThe launch was on March 3, 2025.\n");
        Files.createSymbolicLink(dir.resolve("passwd.txt"), root.resolve("passwd"));
        Path manifest = write(dir.resolve("manifest.json"), c.manifest());

        Cli r = Cli.checkJson(dir.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(c.exit());
        assertThat(r.firstErrLine()).isEqualTo(c.errLine().replace("{m}", manifest.toString()).replace("{dir}", dir.toString()));
        assertThat(r.err().lines().count()).as("one line, no stack trace").isLessThanOrEqualTo(1);
        if (c.warning() != null) {
            assertThat(r.warnings()).contains(c.warning());
        }
        if (c.exit() == 0) {
            assertThat(r.out()).doesNotContain("root:x:0");
        }
    }
}
