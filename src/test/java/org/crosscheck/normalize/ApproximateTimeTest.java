package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "About" around a clock time allows what the minute written suggests the reporter read. */
class ApproximateTimeTest {

    @Test
    void aMinuteReadOffAClockAllowsACoupleOfMinutes() {
        assertThat(ClaimNormalizer.approximateMinutes(9 * 60 + 7)).isEqualTo(2); // "about 9:07" is not 9:03
    }

    @Test
    void aRoundedMinuteAllowsItsRounding() {
        assertThat(ClaimNormalizer.approximateMinutes(9 * 60 + 5)).isEqualTo(5);
        assertThat(ClaimNormalizer.approximateMinutes(21 * 60 + 30)).isEqualTo(10); // "about 9:30 p.m." may be 9:38
        assertThat(ClaimNormalizer.approximateMinutes(6 * 60)).isEqualTo(10);
    }
}
