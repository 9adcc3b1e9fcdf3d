package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.junit.jupiter.api.Tag;

/** Coverage-guided fuzzing of the extractor: it must never throw and every quote must be the text at its offsets. */
@Tag("fuzz")
class ExtractorFuzzTest {

    private static final MentionExtractor EXTRACTOR = new MentionExtractor();

    // News words give the mutator a head start into the date, number and duration patterns.
    @DictionaryEntries({"October", "Oct.", "Friday", "2025", "24", "p.m.", "a.m.", "GMT", "days", "weeks", "between", "from",
            " to ", "until", "at least", "about", "more than", "percent", "%", "$", "billion", "million", "ago", "next", "last",
            "three", "dozen", "noon", "midnight", "\u00a0", "\u2013", "\u201c", "1st", "-", ",000"})
    @FuzzTest(maxDuration = "5m")
    void extractorNeverThrowsAndQuotesMatchOffsets(FuzzedDataProvider data) {
        boolean dated = data.consumeBoolean();
        // Dates across the whole range PublicationDate accepts, so far-past/future anchors are exercised too.
        LocalDate published = dated ? LocalDate.ofEpochDay(data.consumeLong(-700_000, 3_000_000)) : null;
        String text = data.consumeRemainingAsString();
        List<Mention> mentions = EXTRACTOR.extract("a1", text, published);
        for (Mention m : mentions) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(m.quote()).isEqualTo(text.substring(m.start(), m.end()));
        }
    }
}
