package org.crosscheck.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TemporalTaggerRobustnessTest {

    private static final String[] FRAGMENTS = {
            "Friday", "May", "may", "March", " 24", "-", "\u2013", "27", "October", "from ", " to ", "between ", " and ",
            "1990s", "'80s", "2019", "1,200", "24/7", "9:30", " a.m.", "p.m", "noon", "last", "next", "week", "the ",
            "two", "-day", "years ago", "earlier this year", ".", ",", "\n", " ", "\uD83D\uDE00", "\uD800", "\uDC00",
            "\u00A0", "Sept.", "Q3", "third-quarter", "fiscal ", "now", "every", "0735 GMT", "5th", "12th century"};

    private final TemporalTagger tagger = new TemporalTagger();

    private static void assertWellFormed(String text, List<Timex> found) {
        int previousEnd = 0;
        for (Timex t : found) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.value()).isNotBlank();
            previousEnd = t.end();
        }
    }

    @Test
    void neverThrowsAndKeepsOffsetsOnRandomUnicode() {
        Random random = new Random(20251023L);
        LocalDate[] anchors = {null, LocalDate.of(2025, 10, 23), LocalDate.of(2000, 2, 29), LocalDate.of(1999, 12, 31),
                LocalDate.MIN, LocalDate.MAX};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                if (random.nextBoolean()) {
                    sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                } else {
                    sb.append((char) random.nextInt(Character.MAX_VALUE + 1)); // includes lone surrogates
                }
            }
            String text = sb.toString();
            List<Timex> found = tagger.tag(text, anchors[i % anchors.length]);
            assertWellFormed(text, found);
        }
    }

    @Test
    void emptyAndNullTextGiveNothing() {
        assertThat(tagger.tag("", LocalDate.of(2025, 10, 23))).isEmpty();
        assertThat(tagger.tag(null, null)).isEmpty();
    }

    @Test
    void largeInputIsTaggedInLinearTime() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append("The talks on Friday, Oct. 24 lasted two hours. ");
        sb.append("1".repeat(200_000)).append(" ".repeat(200_000)).append("-".repeat(100_000));
        String text = sb.toString();
        long t0 = System.nanoTime();
        List<Timex> found = tagger.tag(text, LocalDate.of(2025, 10, 23));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertWellFormed(text, found);
        assertThat(found).hasSizeGreaterThanOrEqualTo(40_000);
        assertThat(seconds).isLessThan(20.0);
    }
}
