package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAndBidiOverridesFromArticlesCannotReachTheTerminal() {
        String evil = "Talks on \u001B[31mFriday\u001B[0m\u0007 \u202Eyadirf\u202C\r\nnext line";
        String safe = TerminalText.safe(evil);
        assertThat(safe).doesNotContain("\u001B", "\u0007", "\u202E", "\u202C", "\r").contains("\n").contains("Friday");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String plain = "Trump’s 100% tariffs — “on Friday”\n";
        assertThat(TerminalText.safe(plain)).isSameAs(plain);
    }
}
