package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.check.Severity;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile text in every field an article, a manifest or a rule can set must come out as text, never as markup. */
class ReportEscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String LINK = "<a href=\"javascript:alert(1)\">click</a>";
    static final String QUOTES = "\"' onmouseover='alert(1)' x=\"";
    static final String STYLE = "</style><script>alert(2)</script>";
    static final String ALL = SCRIPT + IMG + LINK + QUOTES + STYLE;

    /** A report in which every article-, manifest- and rule-derived string carries the payloads. */
    static Report hostile() {
        Reports b = new Reports();
        Article a1 = b.article(ALL + ".txt", "Source " + ALL, "2025-10-23", "Talks start " + ALL + " on Friday " + ALL + ".");
        Article a2 = b.article("b" + ALL + ".txt", ALL, "2025-10-23", ALL + " Talks start on Saturday.");
        Claim c1 = b.claim(a1, "Friday " + ALL, ClaimKind.DATE, Role.STARTS, "talks " + ALL, "start " + ALL, 20385, 20385, "v" + ALL);
        Claim c2 = b.claim(a2, "Saturday", ClaimKind.DATE, Role.STARTS, "talks " + ALL, "start " + ALL, 20386, 20386, ALL);
        b.claim(a1, "Talks", ClaimKind.RATE, Role.VALUE, "agreed " + ALL, "rate " + ALL, 1, 1, "1" + ALL);
        b.claim(a2, "Talks", ClaimKind.RATE, Role.VALUE, "agreed " + ALL, "rate " + ALL, 1, 1, "1" + ALL);
        b.finding("Rule " + ALL, Severity.ERROR, "date" + ALL, "Message " + ALL, "Explanation " + ALL, c1, c2);
        b.warning("warning " + ALL);
        return b.build();
    }

    @Test
    void htmlReportKeepsEveryPayloadAsInertText() {
        String html = new HtmlRenderer().render(hostile());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, img, iframe, object, embed, link")).isEmpty();
        assertThat(doc.select("a")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("style").html()).doesNotContain("alert", "script");
        List<String> badAttributes = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase().startsWith("on") || a.getValue().toLowerCase().contains("javascript:")
                        || a.getKey().equals("src") || a.getKey().equals("href")) {
                    badAttributes.add(e.tagName() + "[" + a.getKey() + "=" + a.getValue() + "]");
                }
            }
        }
        assertThat(badAttributes).isEmpty();
        assertThat(html).doesNotContain("<script", "<img", "<a ", "onmouseover='", "=\"javascript:");
        assertThat(html.split("</style>", -1)).hasSize(2);
    }

    @Test
    void htmlReportShowsThePayloadsLiterallySoNothingIsLost() {
        Document doc = Jsoup.parse(new HtmlRenderer().render(hostile()));

        assertThat(doc.select(".src").eachText()).contains("Source " + ALL, ALL);
        assertThat(doc.select("blockquote mark").eachText()).contains("Friday " + ALL);
        assertThat(doc.select("#finding-F1 h2").text()).contains("Message " + ALL);
        assertThat(doc.select("#finding-F1 .rule").text()).contains("Rule " + ALL, "Explanation " + ALL);
        assertThat(doc.select("#finding-F1 .about").text()).isEqualTo("talks " + ALL + " — start " + ALL);
        assertThat(doc.select("#articles td").eachText()).contains(ALL + ".txt", "b" + ALL + ".txt");
        assertThat(doc.select(".notes").text()).contains("warning " + ALL);
        assertThat(doc.select("#finding-F1 svg text").eachText()).contains(ALL);
    }

    @Test
    void escapeCoversTextAndBothAttributeQuotes() {
        assertThat(HtmlRenderer.escape("<a href='x' title=\"y\">&`</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&#96;&lt;/a&gt;");
        assertThat(HtmlRenderer.escape(null)).isEmpty();
    }

    @Test
    void csvNeutralizesCellsThatSpreadsheetsWouldEvaluate() {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvRenderer.safe(lead + "HYPERLINK(\"http://x\")")).as("cell starting with %s", lead)
                    .isEqualTo("'" + lead + "HYPERLINK(\"http://x\")");
        }
        assertThat(CsvRenderer.safe("Reuters")).isEqualTo("Reuters");
        assertThat(CsvRenderer.safe("")).isEmpty();
        assertThat(CsvRenderer.safe(null)).isEmpty();
    }

    @Test
    void csvReportNeutralizesFormulasInSourcesQuotesAndFileNames() {
        Reports b = new Reports();
        Article a1 = b.article("=cmd.txt", "=HYPERLINK(\"http://evil\",\"x\")", "2025-10-23", "-2+3 talks start Friday.");
        Article a2 = b.article("@sum.txt", "+Wire", "2025-10-23", "@SUM(A1) talks start Saturday.");
        Claim c1 = b.claim(a1, "-2+3 talks start Friday", ClaimKind.DATE, Role.STARTS, "=talks", "@start", 1, 1, "=1");
        Claim c2 = b.claim(a2, "Saturday", ClaimKind.DATE, Role.STARTS, "=talks", "@start", 2, 2, "+2");
        b.finding("=rule", Severity.ERROR, "date", "m", "e", c1, c2);

        String csv = new CsvRenderer().render(b.build());

        for (String cell : List.of("=HYPERLINK", "=cmd.txt", "-2+3", "=talks", "@start", "=rule", "=1", "+2", "+Wire", "@sum.txt")) {
            assertThat(csv).as(cell).contains("'" + cell).doesNotContainPattern("(^|,|\")" + java.util.regex.Pattern.quote(cell));
        }
    }
}
