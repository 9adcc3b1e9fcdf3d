package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;

/** A company's profit and its revenue, and what it guides to and what it reported, are different facts. */
class ResultsAndGuidanceTest {

    private static Report check(String first, String second) {
        return TwoArticles.check(LocalDate.of(1997, 8, 21), first, second);
    }

    @Test
    void netIncomeGrowthIsNotRevenueGrowth() {
        Report r = check("The toolmaker's net income rose 83 per cent to $6.2bn.",
                "The toolmaker's software revenue grew 81% year over year; hardware rose 12%.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anAdjustedMarginDoesNotMeetTheStatutoryMarginOfTheSameValue() {
        Report r = check("Operating margin: GAAP 29.2%, down from 30.1% a year earlier; non-GAAP 31.5%, versus 33.8% a year earlier.",
                "Adjusted operating margin came in at 31.5%, down from 30.1% a year earlier.");
        java.util.List<String> events = r.claims().stream().filter(c -> c.value().equals("30.1%")).map(c -> c.event()).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isNotEqualTo(events.get(1)); // the adjusted level a year earlier is not the GAAP one
    }

    @Test
    void aFigureGivenWithAMarginIsAnEstimate() {
        Report r = check("The toolmaker expects revenue of $15.6 billion next quarter.",
                "Revenue at the toolmaker: $15.9 billion, plus or minus 2%.");
        assertThat(r.claims()).filteredOn(c -> c.value().contains("15.9")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.FORECAST));
    }
}
