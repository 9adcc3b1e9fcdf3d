package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.crosscheck.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' page in headless Chromium: a person types a draft and sees the conflicting sentence highlighted. */
class EditorPageInBrowserTest {

    private static final Path OUT = Path.of("target", "browser-test");
    @TempDir
    static Path temp;
    static RunningServer running;
    HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(HeadlessChromium.CHROMIUM)) {
            return;
        }
        running = RunningServer.embedded(Pipeline.withRules(Path.of("rules")), temp.resolve("data"), null);
        assertThat(running.client.putStory("draft-talks", StoryFiles.of(Path.of("fixtures", "draft-talks", "coverage")))).containsOnly(201);
        // A source whose name and text are markup: the page must show it as text and run none of it.
        assertThat(running.client.put("/api/stories/hostile/articles/a.txt", "{\"source\": \"<img src=x onerror=window.pwned=1>\", "
                + "\"published\": \"2025-10-23\", \"text\": \"The talks, due to start on Saturday in the capital <script>window.pwned=2</script>, "
                + "will be led by the ministers <img src=y onerror=window.pwned=3>.\"}").statusCode()).isEqualTo(201);
        assertThat(running.client.put("/api/stories/hostile/articles/b.txt", "{\"source\": \"Wire\", \"published\": \"2025-10-23\", "
                + "\"text\": \"The talks, due to start on Saturday in the capital, will be led by the ministers.\"}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        // Reported per test, so the skip and its reason show in the surefire summary.
        assumeTrue(Files.isExecutable(HeadlessChromium.CHROMIUM),
                "skipped: " + HeadlessChromium.CHROMIUM + " not installed (apt-get install -y chromium to run it)");
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private void openStory(String story) throws Exception {
        browser.open(running.client.uri("/?story=" + story));
        browser.waitFor("document.querySelectorAll('#story option').length > 0", Duration.ofSeconds(20));
        assertThat(browser.eval("document.getElementById('story').value").asText()).isEqualTo(story);
        browser.eval("document.getElementById('draft').focus()");
    }

    @Test
    void typingAWrongDraftHighlightsTheConflictingSentenceWithTheSourcesQuotesAndDates() throws Exception {
        openStory("draft-talks");

        browser.type(Files.readString(Path.of("fixtures/draft-talks/draft-wrong.md")));
        browser.waitFor("document.querySelector('#draft-view mark.conflict')", Duration.ofSeconds(30));

        JsonNode marks = browser.eval("[...document.querySelectorAll('#draft-view mark.conflict')].map(m => m.textContent)");
        assertThat(HeadlessChromium.list(marks)).containsExactly(
                "The talks, due to start on Friday in the Malaysian capital, will be led by Scott Bessent and He Lifeng.");
        assertThat(browser.eval("document.getElementById('draft-view').textContent").asText())
                .isEqualTo(browser.eval("document.getElementById('draft').value").asText());
        JsonNode cards = browser.eval("[...document.querySelectorAll('#findings article.card')].map(c => c.innerText)");
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).asText()).contains("start date of talk", "2025-10-24", "Your draft", "2025-10-25",
                "Wire A", "2025-10-23", "Wire B", "2025-10-24", "due to start on Saturday");
        assertThat(HeadlessChromium.list(browser.eval("[...document.querySelectorAll('#findings blockquote mark')].map(m => m.textContent)")))
                .containsExactly("Friday", "Saturday", "Saturday");
        assertThat(browser.eval("document.getElementById('verdict').textContent").asText()).isEqualTo("1 sentence contradicts the coverage");
        assertThat(browser.eval("document.getElementById('report-link').getAttribute('href')").asText())
                .isEqualTo("/api/stories/draft-talks/report?format=html");
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("editor.png"), browser.screenshot());
    }

    @Test
    void anAgreeingDraftHighlightsNothing() throws Exception {
        openStory("draft-talks");

        browser.paste(Files.readString(Path.of("fixtures/draft-talks/draft-agrees.md")));
        browser.waitFor("!document.getElementById('result').hidden", Duration.ofSeconds(30));

        assertThat(browser.eval("document.getElementById('verdict').textContent").asText()).isEqualTo("No contradiction with the coverage");
        assertThat(browser.eval("document.querySelectorAll('#draft-view mark').length").asInt()).isZero();
    }

    @Test
    void markupInArticlesAndDraftsIsShownAsTextAndNeverRuns() throws Exception {
        openStory("hostile");

        browser.paste("---\npublished: 2025-10-23\n---\nThe talks, due to start on Friday in the capital <img src=z onerror=window.pwned=4>, "
                + "will be led by the ministers.");
        browser.waitFor("document.querySelector('#findings article.card')", Duration.ofSeconds(30));

        assertThat(browser.eval("typeof window.pwned").asText()).isEqualTo("undefined");
        assertThat(browser.eval("document.querySelectorAll('main img, main script').length").asInt()).isZero();
        assertThat(browser.eval("document.getElementById('findings').textContent").asText())
                .contains("<img src=x onerror=window.pwned=1>", "<script>window.pwned=2</script>");
        assertThat(browser.eval("document.getElementById('draft-view').textContent").asText()).contains("<img src=z onerror=window.pwned=4>");
    }
}
