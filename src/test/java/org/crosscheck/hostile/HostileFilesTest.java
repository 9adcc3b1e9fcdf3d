package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.GOOD;
import static org.crosscheck.hostile.Cli.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

/** Broken files: each is either read without loss, skipped with a warning naming it, or refused with one clear line. */
class HostileFilesTest {

    /** Builds the input folder in {@code dir} and returns the command-line inputs. */
    interface Setup {
        List<String> build(Path dir) throws IOException;
    }

    /**
     * @param name      what is hostile about the input
     * @param setup     builds it
     * @param exit      expected exit code
     * @param errLine   expected first stderr line ("" for none), {dir} standing for the temp folder
     * @param warning   a warning the JSON report must contain, or null
     */
    record Case(String name, Setup setup, int exit, String errLine, String warning) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A folder holding the good article and one hostile file. */
    private static Setup besideGood(String file, byte[] bytes) {
        return dir -> {
            write(dir.resolve("good.txt"), GOOD);
            write(dir.resolve(file), bytes);
            return List.of(dir.toString());
        };
    }

    private static Setup alone(String file, byte[] bytes) {
        return dir -> {
            write(dir.resolve(file), bytes);
            return List.of(dir.toString());
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG header then noise: an image renamed .txt. */
    private static byte[] png() {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    private static byte[] withBom(byte[] bom, String text, java.nio.charset.Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static Stream<Case> cases() {
        String noArticles = "crosscheck: {dir}: no readable articles (.txt, .md, .html or .json)";
        return Stream.of(
                new Case("empty file alone", alone("a.txt", new byte[0]), 2, noArticles + "; a.txt: empty, skipped", null),
                new Case("whitespace-only file alone", alone("a.txt", utf8(" \n\t\r\n\u00a0\u200b\u2003 \n")), 2,
                        noArticles + "; a.txt: empty, skipped", null),
                new Case("empty file beside a good one", besideGood("empty.txt", new byte[0]), 0, "", "empty.txt: empty, skipped"),
                new Case("image renamed .txt", besideGood("photo.txt", png()), 0, "",
                        "photo.txt: looks like a binary file, not text (remove it or list only text files in the manifest), skipped"),
                new Case("image renamed .txt alone", alone("photo.txt", png()), 2, noArticles
                        + "; photo.txt: looks like a binary file, not text (remove it or list only text files in the manifest), skipped", null),
                new Case("UTF-16LE with BOM", besideGood("u16.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD,
                        StandardCharsets.UTF_16LE)), 0, "", null),
                new Case("UTF-16BE with BOM", besideGood("u16.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, GOOD,
                        StandardCharsets.UTF_16BE)), 0, "", null),
                new Case("UTF-16LE without BOM", besideGood("u16.txt", GOOD.getBytes(StandardCharsets.UTF_16LE)), 0, "",
                        "u16.txt: no byte-order mark, read as UTF-16LE"),
                new Case("UTF-16BE without BOM", besideGood("u16.txt", GOOD.getBytes(StandardCharsets.UTF_16BE)), 0, "",
                        "u16.txt: no byte-order mark, read as UTF-16BE"),
                new Case("UTF-8 with BOM", besideGood("bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, GOOD,
                        StandardCharsets.UTF_8)), 0, "", null),
                new Case("Latin-1 bytes in a UTF-8 file", besideGood("latin.txt",
                        "Caf\u00e9 talks end on Friday, October 24, 2025.".getBytes(StandardCharsets.ISO_8859_1)), 0, "",
                        "latin.txt: not valid UTF-8, read as Windows-1252"),
                new Case("byte undefined in Windows-1252", besideGood("c1.txt",
                        new byte[] {'T', 'a', 'l', 'k', 's', ' ', (byte) 0x81, (byte) 0xE9, ' ', 'o', 'n', ' ', 'M', 'o', 'n', 'd', 'a', 'y', '.'}),
                        0, "", "c1.txt: not valid UTF-8, read as Windows-1252"),
                new Case("Windows line endings", besideGood("crlf.txt", utf8(GOOD.replace("\n", "\r\n"))), 0, "", null),
                new Case("folder with no articles", dir -> {
                    write(dir.resolve("notes.pdf"), utf8("%PDF-1.4"));
                    write(dir.resolve(".hidden.txt"), utf8(GOOD));
                    Files.createDirectories(dir.resolve("sub"));
                    return List.of(dir.toString());
                }, 2, noArticles, null),
                new Case("input that does not exist", dir -> List.of(dir.resolve("nope").toString()), 2,
                        "crosscheck: {dir}/nope: no such file or folder", null),
                new Case("symlink loop", dir -> {
                    write(dir.resolve("good.txt"), GOOD);
                    Files.createSymbolicLink(dir.resolve("loop"), dir);
                    Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt"));
                    return List.of(dir.toString());
                }, 0, "", "self.txt: a link to outside the folder (or to nothing), skipped"),
                new Case("link to a file outside the folder", dir -> {
                    write(dir.resolve("in/good.txt"), GOOD);
                    write(dir.resolve("secret.txt"), utf8("The launch is on March 3, 2025."));
                    Files.createSymbolicLink(dir.resolve("in/leak.txt"), dir.resolve("secret.txt"));
                    return List.of(dir.resolve("in").toString());
                }, 0, "", "leak.txt: a link to outside the folder (or to nothing), skipped"),
                new Case("JSON article that is not JSON", besideGood("a.json", utf8("{\"text\": ")), 0, "",
                        "a.json: not valid JSON, skipped"),
                new Case("JSON article nested 100000 deep", besideGood("deep.json", utf8("[".repeat(100_000))), 0, "",
                        "deep.json: not valid JSON, skipped"),
                new Case("HTML with only a script", besideGood("s.html", utf8("<html><script>alert('Friday, Oct 24')</script></html>")),
                        0, "", "s.html: empty, skipped"),
                new Case("HTML with an unreadable date", besideGood("d.html", utf8("<html><head><meta name=\"date\" content=\"yesterday\">"
                        + "</head><body><p>Talks open on Friday, October 24, 2025.</p></body></html>")), 0, "",
                        "d.html: meta tag: publication date \"yesterday\" is not a date (use YYYY-MM-DD, e.g. 2025-10-23); read without a publication date"),
                new Case("front matter with an impossible date", besideGood("f.md", utf8("---\npublished: 2025-02-30\n---\nTalks open on Friday.\n")),
                        0, "", "f.md: front matter: publication date \"2025-02-30\" is not a real date; read without a publication date"),
                // The extractor's regex overflows a normal stack on this (see ExtractorBugsTest); the CLI's deep stack copes.
                new Case("long run of \"1,\"", besideGood("commas.txt", utf8("1,".repeat(10_000))), 0, "", null),
                new Case("very long line", besideGood("long.txt", utf8("word ".repeat(100_000)
                        + "The talks end on Friday, October 24, 2025." + " more".repeat(50_000))), 0, "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileFileGivesTheExpectedExitAndMessage(Case c, @TempDir Path dir) throws IOException {
        Cli r = Cli.checkJson(c.setup().build(dir).toArray(String[]::new));

        assertThat(r.exit()).as(r.err()).isEqualTo(c.exit());
        assertThat(r.firstErrLine()).isEqualTo(c.errLine().replace("{dir}", dir.toString()));
        assertThat(r.err().lines().count()).as("one line, no stack trace").isLessThanOrEqualTo(1);
        if (c.exit() == 0) {
            assertThat(r.json().get("claims").size()).as("the good article's claims still come out").isGreaterThan(0);
        }
        if (c.warning() != null) {
            assertThat(r.warnings()).contains(c.warning());
        }
    }

    @Test
    void utf16ArticleYieldsTheSameClaimsAsItsUtf8Original(@TempDir Path dir) {
        write(dir.resolve("a/x.txt"), GOOD);
        write(dir.resolve("b/x.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD, StandardCharsets.UTF_16LE));
        assertThat(Cli.checkJson(dir.resolve("b").toString()).json().get("claims"))
                .isEqualTo(Cli.checkJson(dir.resolve("a").toString()).json().get("claims"));
    }

    @Test
    void latin1TextKeepsEveryCharacter(@TempDir Path dir) throws Exception {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x81, ' ', (byte) 0x93, 'q', (byte) 0x94};
        write(dir.resolve("a.txt"), bytes);
        var corpus = new org.crosscheck.ingest.CorpusReader().read(List.of(dir));
        assertThat(corpus.articles().get(0).text()).isEqualTo("Caf\u00e9 \u0081 \u201cq\u201d");
    }

    @Test
    void articleOverTheSizeLimitIsSkippedWithAWarningNamingIt(@TempDir Path dir) throws IOException {
        // 200 MB of real text, streamed to disk: the reader must refuse it from its size, never load it.
        write(dir.resolve("good.txt"), GOOD);
        byte[] chunk = GOOD.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            for (long n = 0; n < 200L * 1024 * 1024; n += chunk.length) {
                out.write(chunk);
            }
        }
        Cli r = Cli.checkJson(dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
                .matches("huge\\.txt: 200\\.\\d MB is more than the 2\\.0 MB an article may have; split it into articles or leave it out, skipped"));

        Cli direct = Cli.checkJson(dir.resolve("huge.txt").toString());
        assertThat(direct.exit()).isEqualTo(2);
        assertThat(direct.firstErrLine()).matches(
                "crosscheck: huge\\.txt: 200\\.\\d MB is more than the 2\\.0 MB an article may have; split it into articles or leave it out");
    }

    @Test
    void unreadableFileIsSkippedWithAWarningNamingIt(@TempDir Path dir) throws IOException {
        write(dir.resolve("good.txt"), GOOD);
        Path locked = write(dir.resolve("locked.txt"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
        Cli r = Cli.checkJson(dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.warnings()).contains("locked.txt: cannot be read (permission denied: check its permissions), skipped");
    }

    @Test
    void moreArticlesThanOneRunCanCompareAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
        for (int i = 0; i <= 10_000; i++) {
            Files.writeString(dir.resolve(String.format("a%05d.txt", i)), "Talks open on Friday.");
        }
        Cli r = Cli.checkJson(dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.firstErrLine()).isEqualTo("crosscheck: " + dir + ": 10001 article files, more than the 10000 one run can"
                + " compare; split them into one folder per story (or raise the limit with CROSSCHECK_JAVA_OPTS=-Dcrosscheck.maxArticles=N)");
    }
}
