package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.check.Severity;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void summaryCountsArticlesSourcesClaimsAndFindingsBySeverity() {
        Document doc = Jsoup.parse(renderer.render(Reports.talks()));

        assertThat(doc.select(".summary li").eachText())
                .containsExactly("2 articles", "2 sources", "4 claims", "1 findings", "1 error", "0 warning", "0 info");
    }

    @Test
    void cardShowsEachValueWithItsSourcePublicationDateAndHighlightedQuote() {
        Document doc = Jsoup.parse(renderer.render(Reports.talks()));

        Element card = doc.selectFirst("#finding-F1");
        assertThat(card).isNotNull();
        assertThat(card.select(".value h3").eachText()).containsExactly("2025-10-24 (1 claim · 1 article, 1 origin: Wire A)",
                "2025-10-25 (1 claim · 1 article, 1 origin: Wire B)");
        assertThat(card.select(".src").eachText()).containsExactly("Wire A", "Wire B");
        assertThat(card.select("time").eachAttr("datetime")).containsExactly("2025-10-23", "2025-10-23");
        assertThat(card.select("blockquote").eachText())
                .containsExactly("The trade talks will resume on Friday in the capital.",
                        "The talks, due to start on Saturday, follow weeks of tension.");
        assertThat(card.select("blockquote mark").eachText()).containsExactly("Friday", "Saturday");
        assertThat(card.select(".loc").eachText()).containsExactly("wire-a.txt:1:32", "wire-b.txt:1:28");
        assertThat(card.text()).contains("Sources give different start dates for the same event", "An event starts only once.",
                "Confidence: 0.90");
    }

    @Test
    void dateConflictGetsAnSvgTimelineLabelledWithEverySource() {
        Document doc = Jsoup.parse(renderer.render(Reports.talks()));

        Element svg = doc.selectFirst("#finding-F1 figure svg");
        assertThat(svg).isNotNull();
        assertThat(svg.select("rect")).hasSize(2);
        assertThat(svg.select("text").eachText()).contains("Wire A (2025-10-23)", "Wire B (2025-10-23)", "2025-10-24", "2025-10-25");
    }

    @Test
    void numericConflictGetsTheValuesOnOneAxis() {
        Reports b = new Reports();
        Article a1 = b.article("a.txt", "One", "2025-01-02", "About 55% of goods were hit.");
        Article a2 = b.article("b.txt", "Two", "2025-01-02", "Some 10% of goods were hit.");
        Claim c1 = b.claim(a1, "About 55%", ClaimKind.RATE, Role.VALUE, "goods", "rate", 50, 60, "~55%");
        Claim c2 = b.claim(a2, "10%", ClaimKind.RATE, Role.VALUE, "goods", "rate", 10, 10, "10%");
        b.finding("Rates differ", Severity.WARNING, "number", "Rates differ", "Too far apart.", c1, c2);

        Element svg = Jsoup.parse(renderer.render(b.build())).selectFirst("#finding-F1 svg");

        assertThat(svg).isNotNull();
        assertThat(svg.select("circle")).hasSize(2);
        assertThat(svg.select("text").eachText()).contains("One", "Two", "~55%", "10%");
    }

    @Test
    void claimsOfSeveralArticlesOutsideAnyFindingAreShownAsCollapsedAgreements() {
        Document doc = Jsoup.parse(renderer.render(Reports.talks()));

        Element details = doc.selectFirst("#agreements details");
        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.select("h3").eachText()).containsExactly("tariffs — rate: 100%");
        assertThat(details.select("mark").eachText()).containsExactly("100%", "100 per cent");
    }

    @Test
    void pageLoadsNothingFromOutsideAndRunsNoScript() {
        String html = renderer.render(Reports.talks());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src], [href]")).isEmpty();
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:", "url(", "@import");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        assertThat(doc.select("style").html()).contains("@media print");
    }

    @Test
    void sameReportRendersToTheSameBytes() {
        assertThat(renderer.render(Reports.talks())).isEqualTo(renderer.render(Reports.talks()));
    }

    @Test
    void emptyReportSaysNoContradictionsFound() {
        Reports b = new Reports();
        b.article("a.txt", "One", null, "Nothing to see.");

        Document doc = Jsoup.parse(renderer.render(b.build()));

        assertThat(doc.select("#findings").text()).contains("No contradictions found.");
        assertThat(doc.select(".notes").text()).contains("a.txt has no publication date");
        assertThat(List.of(doc.select(".card").size())).containsExactly(0);
    }

    @Test
    void acceptedFindingsAreShownCollapsedWithWhoAcceptedThemAndWhy() {
        Report accepted = new org.crosscheck.baseline.Baseline(List.of(new org.crosscheck.baseline.Baseline.Entry("fp1", "r", "e", "a",
                "m", "Ana", "wire copy error", "2025-11-02"))).apply(Reports.talks());

        Document doc = Jsoup.parse(renderer.render(accepted));

        assertThat(doc.select("#findings .card")).isEmpty();
        assertThat(doc.select("#accepted details .card")).hasSize(1);
        assertThat(doc.select("#accepted .accepted-by").text()).isEqualTo("F1 accepted by Ana on 2025-11-02: wire copy error");
        assertThat(doc.select(".summary li").eachText()).contains("1 accepted", "0 error");
    }
}
