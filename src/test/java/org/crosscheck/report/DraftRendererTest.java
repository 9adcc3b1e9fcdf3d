package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.check.Severity;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.junit.jupiter.api.Test;

class DraftRendererTest {

    @Test
    void findingIsPhrasedForTheEditorWithLineColumnAndTheSourcesQuotes() {
        Reports b = new Reports();
        Article a1 = b.article("wire-a.txt", "Wire A", "2025-10-23", "The talks, due to start on Saturday, follow weeks of tension.");
        Article a2 = b.article("wire-b.txt", "Wire B", "2025-10-24", "The talks start on Saturday.");
        Article draft = b.article("DRAFT.md", "draft", "2025-10-23", "Headline", "The talks start on Friday.");
        Claim s1 = b.date(a1, "Saturday", "talks", "start date", "2025-10-25");
        Claim s2 = b.date(a2, "Saturday", "talks", "start date", "2025-10-25");
        Claim d = b.date(draft, "Friday", "talks", "start date", "2025-10-24");
        b.finding("Start dates differ", Severity.ERROR, "date", "m", "An event starts only once.", d, s1, s2);

        String text = new DraftRenderer(draft.id(), 3).render(b.build());

        assertThat(text).startsWith("crosscheck draft: DRAFT.md against 2 articles from 2 sources: 1 contradiction\n");
        assertThat(text).contains("ERROR F1  Your draft says the start date of talks is 2025-10-24 (line 5, col 20); "
                + "2 sources say 2025-10-25: Wire A (2025-10-23) \u201cThe talks, due to start on [Saturday], follow weeks of tension.\u201d, "
                + "Wire B (2025-10-24) \u201cThe talks start on [Saturday].\u201d.\n");
        assertThat(text).contains("  why: An event starts only once. (rule: Start dates differ)");
    }

    @Test
    void sourcesThatAgreeWithTheDraftAreNamedToo() {
        Reports b = new Reports();
        Article a1 = b.article("a.txt", "Wire A", "2025-10-23", "Talks start Friday.");
        Article a2 = b.article("b.txt", "Wire B", "2025-10-23", "Talks start Saturday.");
        Article draft = b.article("d.md", "draft", "2025-10-23", "Talks start Friday.");
        Claim fri = b.date(a1, "Friday", "talks", "start date", "2025-10-24");
        Claim sat = b.date(a2, "Saturday", "talks", "start date", "2025-10-25");
        Claim d = b.date(draft, "Friday", "talks", "start date", "2025-10-24");
        b.finding("Start dates differ", Severity.ERROR, "date", "m", "e", fri, d, sat);

        String text = new DraftRenderer(draft.id(), 0).render(b.build());

        assertThat(text).contains("Your draft says the start date of talks is 2025-10-24 (line 1, col 13), as does Wire A (2025-10-23) "
                + "\u201cTalks start [Friday].\u201d; 1 source says 2025-10-25: Wire B");
    }
}
