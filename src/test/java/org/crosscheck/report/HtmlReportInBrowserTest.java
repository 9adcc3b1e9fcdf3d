package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opens the fixture's HTML report in headless Chromium: what a reader's browser builds, not what we think we wrote. */
class HtmlReportInBrowserTest {

    /** Overridable (-Dcrosscheck.chromium=...) so the skip path can be exercised too. */
    private static final Path CHROMIUM = Path.of(System.getProperty("crosscheck.chromium", "/usr/bin/chromium"));
    private static final Path OUT = Path.of("target", "browser-test");
    private static Path page;

    @BeforeEach
    void needsChromium() {
        // Reported per test, so the skip and its reason show in the surefire summary.
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " not installed (apt-get install -y chromium to run it)");
    }

    @BeforeAll
    static void renderFixture() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            return;
        }
        Report report = Pipeline.withRules(Path.of("rules")).run(List.of(Path.of("fixtures", "trade-talks-kl")));
        Files.createDirectories(OUT);
        page = OUT.resolve("report.html").toAbsolutePath();
        Files.writeString(page, new HtmlRenderer().render(report), StandardCharsets.UTF_8);
    }

    @Test
    void browserBuildsFindingCardsWithHighlightedQuotesAndATimeline() throws Exception {
        String dom = chromium("--dump-dom");
        Document doc = Jsoup.parse(dom);

        assertThat(doc.select("article.card")).as("finding cards").isNotEmpty();
        assertThat(doc.select("article.card blockquote mark")).as("highlighted quotes").isNotEmpty();
        assertThat(doc.select("article.card figure svg")).as("pictures").isNotEmpty();
        assertThat(doc.select("article.card figure svg rect")).as("timeline bars").isNotEmpty();
        assertThat(doc.select("#agreements details")).isNotEmpty();
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void screenshotIsKeptUnderTarget() throws Exception {
        Path shot = OUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);

        chromium("--window-size=1280,2000", "--screenshot=" + shot);

        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("crosscheck-chromium");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path stdout = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished within 120 s").isTrue();
            assertThat(p.exitValue()).as("chromium exit code").isZero();
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(stdout);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
