package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cells a spreadsheet would run as a formula are shown as text. */
class CsvInjectionTest {

    /** @param cell what an article or manifest put in a cell; @param shown what the CSV must hold */
    record Case(String cell, String shown) {
        @Override
        public String toString() {
            return "[" + cell.replace("\t", "\\t").replace("\r", "\\r") + "]";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
                new Case("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
                new Case("-2+3", "'-2+3"),
                new Case("@SUM(A1)", "'@SUM(A1)"),
                new Case("\t=1", "'\t=1"),
                new Case("\r=1", "'\r=1"),
                new Case("Reuters", "Reuters"),
                new Case("", ""),
                new Case("2025-10-24", "2025-10-24"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void formulaLikeCellIsNeutralized(Case c) {
        assertThat(CsvRenderer.safe(c.cell())).isEqualTo(c.shown());
    }
}
