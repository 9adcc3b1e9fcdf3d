package org.crosscheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.check.Finding;
import org.crosscheck.check.Severity;
import org.crosscheck.ingest.InputException;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static Finding finding(String id, String fingerprint) {
        return new Finding(id, fingerprint, "Rule", Severity.ERROR, "date", "talks", "start date", "msg " + id, "why",
                List.of("a1.c1"), List.of(new Finding.ValueGroup("2025-10-24", List.of("a1.c1"), List.of("Wire A"))), 0.9);
    }

    private static Report report(Finding... findings) {
        return new Report(List.of(), List.of(), List.of(findings), java.util.Map.of(), List.of(), List.of());
    }

    private static Baseline.Entry entry(String fingerprint) {
        return new Baseline.Entry(fingerprint, "Rule", "talks", "start date", "m", "Ana", "wire copy error, corrected later", "2025-11-02");
    }

    @Test
    void acceptedFindingsMoveOutOfTheCountedFindingsWithWhoWhyAndWhen() {
        Report applied = new Baseline(List.of(entry("fp1"))).apply(report(finding("F1", "fp1"), finding("F2", "fp2")));

        assertThat(applied.findings()).extracting(Finding::id).containsExactly("F2");
        assertThat(applied.accepted()).singleElement().satisfies(a -> {
            assertThat(a.finding().id()).isEqualTo("F1");
            assertThat(a.who()).isEqualTo("Ana");
            assertThat(a.why()).isEqualTo("wire copy error, corrected later");
            assertThat(a.when()).isEqualTo("2025-11-02");
        });
        assertThat(applied.countAtLeast(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void entriesThatNoLongerMatchAreReportedAsStale() {
        Report applied = new Baseline(List.of(entry("gone"))).apply(report(finding("F1", "fp1")));

        assertThat(applied.warnings()).containsExactly("baseline: 1 accepted finding no longer occurs (gone); remove it from the baseline");
    }

    @Test
    void rewritingKeepsEarlierJustificationsAndDatesNewEntriesToday() {
        Baseline previous = new Baseline(List.of(entry("fp1")));

        Baseline next = Baseline.accepting(report(finding("F1", "fp1"), finding("F2", "fp2")), previous, "Ben", "", LocalDate.of(2026, 1, 5));

        assertThat(next.entries()).extracting(Baseline.Entry::fingerprint, Baseline.Entry::who, Baseline.Entry::when)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fp1", "Ana", "2025-11-02"),
                        org.assertj.core.groups.Tuple.tuple("fp2", "Ben", "2026-01-05"));
    }

    @Test
    void writtenBaselineReadsBackTheSame(@TempDir Path dir) throws Exception {
        Baseline b = new Baseline(List.of(entry("fp1"), entry("fp2")));
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, b.toJson());

        assertThat(Baseline.read(file)).isEqualTo(b);
    }

    @Test
    void malformedBaselineIsAnInputErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"accepted\": [{\"who\": \"x\"}]}");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": accepted[0] needs a \"fingerprint\"");
    }
}
