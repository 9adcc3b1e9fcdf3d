package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void cardinalsInWordsAndDigits() {
        assertThat(NumberWords.cardinal("four")).isEqualTo(4);
        assertThat(NumberWords.cardinal("ninety-nine")).isEqualTo(99);
        assertThat(NumberWords.cardinal("a dozen")).isEqualTo(12);
        assertThat(NumberWords.cardinal("12,000")).isEqualTo(12000);
        assertThat(NumberWords.cardinal("many")).isEqualTo(-1);
    }

    @Test
    void ordinalsInWordsAndDigits() {
        assertThat(NumberWords.ordinal("fifth")).isEqualTo(5);
        assertThat(NumberWords.ordinal("twenty-first")).isEqualTo(21);
        assertThat(NumberWords.ordinal("90th")).isEqualTo(90);
        assertThat(NumberWords.ordinal("five")).isEqualTo(-1);
    }
}
