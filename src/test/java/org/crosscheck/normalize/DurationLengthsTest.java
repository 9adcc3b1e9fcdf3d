package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;

/** A duration in months or years is compared with one in days at the calendar's mean lengths. */
class DurationLengthsTest {

    private static Report check(String first, String second) {
        return TwoArticles.check(LocalDate.of(2021, 6, 14), first, second); // a monday
    }

    @Test
    void nearlySeventeenMonthsAgreesWithFiveHundredFourteenDays() {
        Report r = check("The merger closed on Monday after a review that lasted nearly 17 months.",
                "The merger closed on Monday after a review that lasted 514 days.");
        assertThat(r.findings()).noneMatch(f -> f.category().equals("duration"));
    }

    @Test
    void nearlySeventeenMonthsDisagreesWithFiveHundredSixtyDays() {
        Report r = check("The merger closed on Monday after a review that lasted nearly 17 months.",
                "The merger closed on Monday after a review that lasted 560 days.");
        assertThat(r.findings()).anyMatch(f -> f.category().equals("duration"));
    }
}
