package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;

/** Values that look alike but belong to different parts of a year, ends of a range or places in a race stay apart. */
class DistinctTimesAndBoundsTest {

    private static Report check(String first, String second) {
        return TwoArticles.check(LocalDate.of(1997, 3, 14), first, second);
    }

    @Test
    void aLevelEarlyInAYearAndOneAtItsEndAreTwoFacts() {
        Report r = check("Deposits at the lender swelled from about $31 billion at the end of 1994 to nearly $150 billion in early 1996.",
                "Deposits at the lender stood at $138 billion at the end of 1996, filings show.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void theSameLevelGivenForAYearAndForItsEndCanStillConflict() {
        Report r = check("Deposits at the lender stood at $150 billion in 1996, filings show.",
                "Deposits at the lender stood at $138 billion at the end of 1996, filings show.");
        assertThat(r.findings()).isNotEmpty();
    }

    @Test
    void theTopOfOneRangeDoesNotMeetTheBottomOfAnother() {
        Report r = check("The outlook fell short of whispers in the $47 billion\u2013$48 billion range.",
                "The guidance: revenue of $46.5bn plus or minus 2%, so a range of roughly $45.6bn to $47.4bn.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void theWinnersTimeAndTheFifthPlacedTimeAreTwoFacts() {
        Report r = check("Brann won the 200 metres final at the Campo de Rivoli on Sunday, clocking 21.87 seconds.",
                "In the 200 metres final at the Campo de Rivoli on Sunday the local sprinter finished in fifth position with 22.31.");
        assertThat(r.findings()).isEmpty();
    }
}
