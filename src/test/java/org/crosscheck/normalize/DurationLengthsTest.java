package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A duration in months or years is compared with one in days at the calendar's mean lengths. */
class DurationLengthsTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void rules() throws Exception {
        pipeline = Pipeline.withRules(Path.of("rules"));
    }

    private static Report check(String first, String second) {
        LocalDate monday = LocalDate.of(2021, 6, 14);
        return pipeline.run(new Corpus(List.of(
                new Article("a1", "a.txt", "Wire A", monday, first),
                new Article("a2", "b.txt", "Wire B", monday, second)), List.of()));
    }

    @Test
    void nearlyTwentyOneMonthsAgreesWithSixHundredThirtyThreeDays() {
        Report r = check("The merger closed on Monday after a review that lasted nearly 21 months.",
                "The merger closed on Monday after a review that lasted 633 days.");
        assertThat(r.findings()).noneMatch(f -> f.category().equals("duration"));
    }

    @Test
    void nearlyTwentyOneMonthsDisagreesWithSevenHundredDays() {
        Report r = check("The merger closed on Monday after a review that lasted nearly 21 months.",
                "The merger closed on Monday after a review that lasted 700 days.");
        assertThat(r.findings()).anyMatch(f -> f.category().equals("duration"));
    }
}
