package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.junit.jupiter.api.Test;

class QuoteAndAgreementTest {

    @Test
    void quoteIsCutAtTheClaimsOwnOffsetsWhenItsWordsOccurTwiceInTheSentence() {
        Article a = new Article("a1", "a.txt", "A", null, "Intro.\nTalks on Friday, not on Friday week.");
        int second = a.text().lastIndexOf("Friday");
        Claim c = Reports.newClaim("a1.c1", "a1", "A", null, ClaimKind.DATE, Role.OCCURS, "talks", "date", "day", 0, 0, "x", "day", 0.9,
                true, "Friday", second, second + 6, "Talks on Friday, not on Friday week.", "talks", "", List.of());

        assertThat(Quote.of(a, c)).isEqualTo(new Quote("Talks on Friday, not on ", "Friday", " week."));
    }

    @Test
    void quoteFallsBackToTheSentenceWhenOffsetsDoNotFitAndToTheQuoteAlone() {
        Article a = new Article("a1", "a.txt", "A", null, "Something else entirely.");
        Claim inSentence = Reports.newClaim("a1.c1", "a1", "A", null, ClaimKind.RATE, Role.VALUE, "e", "rate", "percent", 1, 1, "1%", "exact",
                0.9, true, "1%", 500, 502, "Rates rose 1%\nlast year.", "rates", "", List.of());
        Claim nowhere = Reports.newClaim("a1.c2", "a1", "A", null, ClaimKind.RATE, Role.VALUE, "e", "rate", "percent", 1, 1, "1%", "exact",
                0.9, true, "one per cent", 500, 512, "Rates rose.", "rates", "", List.of());

        assertThat(Quote.of(a, inSentence)).isEqualTo(new Quote("Rates rose ", "1%", " last year."));
        assertThat(Quote.of(a, nowhere)).isEqualTo(new Quote("", "one per cent", ""));
    }

    @Test
    void agreementsNeedTwoArticlesAndExcludeClaimsInFindings() {
        Reports b = new Reports();
        Article a1 = b.article("a.txt", "A", "2025-01-01", "Turnout was 60% and 60% again.");
        Article a2 = b.article("b.txt", "B", "2025-01-01", "Turnout was 60%.");
        b.claim(a1, "60%", ClaimKind.RATE, Role.VALUE, "vote", "turnout", 60, 60, "60%");
        b.claim(a2, "60%", ClaimKind.RATE, Role.VALUE, "vote", "turnout", 60, 60, "60%");
        b.claim(a1, "Turnout", ClaimKind.RATE, Role.VALUE, "only-one-article", "rate", 1, 1, "1%");
        b.claim(a1, "was", ClaimKind.RATE, Role.VALUE, "only-one-article", "rate", 1, 1, "1%");

        List<Agreement> agreements = Agreement.of(b.build());

        assertThat(agreements).singleElement().satisfies(g -> {
            assertThat(g.event()).isEqualTo("vote");
            assertThat(g.values()).containsExactly("60%");
            assertThat(g.claims()).extracting(Claim::article).containsExactly("a1", "a2");
        });
        assertThat(Agreement.of(Reports.talks())).extracting(Agreement::event).containsExactly("tariffs");
    }
}
