package org.crosscheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a user watching a batch sees on stderr. */
class BatchProgressTest {

    @Test
    void withoutATerminalPlainLinesSayStoriesDoneArticlesPerSecondAndTimeLeft() throws InterruptedException {
        StringWriter err = new StringWriter();
        BatchProgress p = new BatchProgress(new PrintWriter(err), false, 20);
        p.started(4, 4000);
        p.storyDone(10, 1000);
        Thread.sleep(120);
        p.finished();
        String[] lines = err.toString().split("\n");
        assertThat(lines[0]).matches("crosscheck: 1/4 stories, 10 articles, \\d+ articles/s, about \\d+ s left");
        assertThat(lines[lines.length - 1]).matches("crosscheck: checked 1 story \\(10 articles\\) in \\d+\\.\\d s, \\d+ articles/s");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndClearedBeforeTheLastLine() throws InterruptedException {
        StringWriter err = new StringWriter();
        BatchProgress p = new BatchProgress(new PrintWriter(err), true, 20);
        p.started(2, 200);
        p.storyDone(5, 100);
        Thread.sleep(120);
        p.finished();
        String shown = err.toString();
        assertThat(shown).contains("[############------------] 1/2 stories, 5 articles").contains("\r");
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1); // only the closing line ends with a newline
        assertThat(shown).endsWith("articles/s\n");
    }

    @Test
    void timeLeftReadsInSecondsMinutesOrHours() {
        assertThat(BatchProgress.duration(42.4)).isEqualTo("42 s");
        assertThat(BatchProgress.duration(125)).isEqualTo("2 min 5 s");
        assertThat(BatchProgress.duration(7300)).isEqualTo("2 h 1 min");
    }

    @Test
    void linksToReportsStayRelativeAndEncodeWhatAFolderNameMayHold() {
        assertThat(BatchSummary.href("stories/a b#1?.html")).isEqualTo("./stories/a%20b%231%3F.html");
        assertThat(BatchSummary.href("stories/javascript:x.html")).isEqualTo("./stories/javascript%3Ax.html");
        assertThat(BatchSummary.href("stories/é.html")).isEqualTo("./stories/%C3%A9.html");
    }
}
