package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.crosscheck.extract.MentionExtractor;
import org.junit.jupiter.api.Test;

/** Extractor failures found by hostile input and fuzzing, kept as regression tests. */
class ExtractorBugsTest {

    private final MentionExtractor extractor = new MentionExtractor();

    @Test
    void longCommaSeparatedDigitRunDoesNotOverflowTheStack() {
        assertThatCode(() -> extractor.extract("a1", "1,".repeat(50_000), null)).doesNotThrowAnyException();
    }

    @Test
    void longDigitRunIsExtractedInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> extractor.extract("a1", "9".repeat(20_000), null));
    }

    @Test
    void timeThatRunsPastItsSentenceDoesNotThrow() {
        assertThatCode(() -> extractor.extract("a1", "The vote closed at midnight\nFriday.\n", null)).doesNotThrowAnyException();
        assertThatCode(() -> extractor.extract("a1", ".\u000bmidht>\u000bmidnight\nFriday\n", null)).doesNotThrowAnyException();
    }
}
