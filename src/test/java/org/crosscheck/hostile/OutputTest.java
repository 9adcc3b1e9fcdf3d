package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad --output targets fail at once with one clear line, and a report is never left half-written. */
class OutputTest {

    /** Prepares the output target under {@code dir} and returns it. */
    interface Target {
        Path prepare(Path dir) throws IOException;
    }

    /**
     * @param name    what is wrong with the target
     * @param target  prepares it
     * @param errLine expected first stderr line; {out} is the target as given, {dir} the temp folder
     */
    record Case(String name, Target target, String errLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String prefix = "crosscheck: cannot write the report to {out}: ";
        return Stream.of(
                new Case("folder that does not exist", dir -> dir.resolve("missing/report.json"),
                        prefix + "folder {dir}/missing does not exist (create it first)"),
                new Case("a folder", dir -> Files.createDirectories(dir.resolve("out")), prefix + "{out} is a folder (name a file inside it)"),
                new Case("a read-only file", dir -> {
                    Path p = write(dir.resolve("report.json"), "previous report");
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
                    return p;
                }, prefix + "{out} is read-only (make it writable or choose another file)"),
                new Case("an input article", dir -> dir.resolve("story/a.txt"),
                        prefix + "{out} is one of the input articles; write the report somewhere else"),
                new Case("the input manifest", dir -> {
                    write(dir.resolve("story/manifest.json"), "{\"articles\": [{\"file\": \"a.txt\"}]}");
                    return dir.resolve("story/manifest.json");
                }, prefix + "{out} is one of the input articles; write the report somewhere else"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badOutputTargetFailsWithOneLineAndChangesNothing(Case c, @TempDir Path dir) throws IOException {
        write(dir.resolve("story/a.txt"), Cli.GOOD);
        Path out = c.target().prepare(dir);
        List<String> before = listing(dir);
        String content = Files.isRegularFile(out) ? Files.readString(out) : null;

        Cli r = Cli.checkJson("--output", out.toString(), dir.resolve("story").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.firstErrLine()).isEqualTo(c.errLine().replace("{out}", out.toString()).replace("{dir}", dir.toString()));
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(listing(dir)).as("no file created, none removed").isEqualTo(before);
        if (content != null) {
            assertThat(Files.readString(out)).isEqualTo(content);
        }
    }

    @Test
    void failedRunLeavesThePreviousReportWhole(@TempDir Path dir) throws IOException {
        write(dir.resolve("story/manifest.json"), "{\"articles\": [");
        Path out = write(dir.resolve("report.json"), "previous report");
        Cli r = Cli.checkJson("--output", out.toString(), dir.resolve("story").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("previous report");
        assertThat(listing(dir)).containsExactlyInAnyOrder("report.json", "story", "story/manifest.json");
    }

    @Test
    void successfulRunReplacesTheReportWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        write(dir.resolve("story/a.txt"), Cli.GOOD);
        Path out = write(dir.resolve("report.json"), "previous report ".repeat(100_000));
        Cli r = Cli.checkJson("--output", out.toString(), dir.resolve("story").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String written = Files.readString(out);
        assertThat(written).startsWith("{").endsWith("}\n").doesNotContain("previous report");
        assertThat(listing(dir)).containsExactlyInAnyOrder("report.json", "story", "story/a.txt");
    }

    @Test
    void previousReportInsideTheInputFolderMayBeReplaced(@TempDir Path dir) throws IOException {
        Path story = dir.resolve("story");
        write(story.resolve("a.txt"), Cli.GOOD);
        Path out = story.resolve("report.json");
        assertThat(Cli.checkJson("--output", out.toString(), story.toString()).exit()).isZero();
        Cli again = Cli.checkJson("--output", out.toString(), story.toString());
        assertThat(again.exit()).as(again.err()).isZero();
    }

    @Test
    void readOnlyFolderIsNamed(@TempDir Path dir) throws IOException {
        write(dir.resolve("story/a.txt"), Cli.GOOD);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(locked), "running as root: a read-only folder is still writable");
        Cli r = Cli.checkJson("--output", locked.resolve("r.json").toString(), dir.resolve("story").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.firstErrLine()).isEqualTo("crosscheck: cannot write the report to " + locked.resolve("r.json")
                + ": folder " + locked + " is not writable (choose another folder)");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
