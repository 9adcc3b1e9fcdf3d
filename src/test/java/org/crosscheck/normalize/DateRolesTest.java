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

/** What a date is of: the day a deadline was moved is not the deadline. */
class DateRolesTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void rules() throws Exception {
        pipeline = Pipeline.withRules(Path.of("rules"));
    }

    private static Report check(String first, String second) {
        LocalDate tuesday = LocalDate.of(2022, 11, 8);
        return pipeline.run(new Corpus(List.of(
                new Article("a1", "a.txt", "Wire A", tuesday, first),
                new Article("a2", "b.txt", "Wire B", tuesday, second)), List.of()));
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
