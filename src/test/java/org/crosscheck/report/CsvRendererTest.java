package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRendererTest {

    @Test
    void cellsThatSpreadsheetsWouldEvaluateAreNeutralized() {
        for (String evil : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvRenderer.safe(evil)).startsWith("'").endsWith(evil);
        }
        assertThat(CsvRenderer.safe("100 per cent")).isEqualTo("100 per cent");
    }
}
