package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsBeforeCapitalizedTitlesDoNotEndASentence() {
        assertThat(sentences("Meeting between U.S. President Donald Trump and Xi. The talks begin on Oct. 24 in the capital."))
                .containsExactly("Meeting between U.S. President Donald Trump and Xi.", "The talks begin on Oct. 24 in the capital.");
    }

    @Test
    void everyLineIsItsOwnSentenceSoHeadlinesStandAlone() {
        assertThat(sentences("Executive Summary\nThe Story So Far\r\nTalks began on Saturday.")).containsExactly(
                "Executive Summary", "The Story So Far", "Talks began on Saturday.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("He said, \u201CWe will have a deal.\u201D Analysts were cautious."))
                .containsExactly("He said, \u201CWe will have a deal.\u201D", "Analysts were cautious.");
    }
}
