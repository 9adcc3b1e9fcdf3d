package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;

/** What a date is of: the day a deadline was moved is not the deadline. */
class DateRolesTest {

    private static Report check(String first, String second) {
        return TwoArticles.check(LocalDate.of(2022, 11, 8), first, second); // a tuesday
    }

    @Test
    void theMonthADeadlineWasExtendedInIsNotItsNewEnd() {
        Report r = check("The lenders' deadline was extended by 60 days in September.",
                "The lenders extended the deadline from September 20 to November 19.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void twoNewDeadlinesStillConflict() {
        Report r = check("The lenders' deadline was extended until November 19.",
                "The lenders' deadline was extended until November 21.");
        assertThat(r.findings()).extracting(f -> f.attribute()).contains("end date");
    }
}
