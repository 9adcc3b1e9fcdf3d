package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wherever an expression sits, each claim's text is exactly the article text at its offsets in the JSON report. */
class OffsetsTest {

    /**
     * @param name    where the expressions sit
     * @param file    the article's file name (its extension picks the format)
     * @param content the file's content
     * @param quotes  texts that must each be some claim's text
     */
    record Case(String name, String file, String content, List<String> quotes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("at the very start", "a.txt", "October 24, 2025 is when the talks in Kuala Lumpur open.", List.of("October 24, 2025")),
                new Case("at the very end, no final newline", "a.txt", "The talks in Kuala Lumpur open on October 24, 2025",
                        List.of("October 24, 2025")),
                new Case("split across lines", "a.txt", "The talks in Kuala Lumpur open on\nOctober\n24, 2025, officials said.", List.of()),
                new Case("split across Windows lines", "a.txt", "The talks open on October\r\n24, 2025.\r\nThey last three days.\r\n", List.of()),
                new Case("inside quotes", "a.txt", "\"The talks open on October 24, 2025,\" the minister said.", List.of("October 24, 2025")),
                new Case("inside curly quotes", "a.txt", "\u201cThe talks open on October 24, 2025\u201d, the minister said.",
                        List.of("October 24, 2025")),
                new Case("inside parentheses", "a.txt", "The talks (October 24, 2025) drew 300 delegates.", List.of("October 24, 2025")),
                new Case("next to dashes and ellipses", "a.txt", "The talks\u2014October 24, 2025\u2026drew 300 delegates \u2013 about 40% more.",
                        List.of()),
                new Case("with no-break spaces", "a.txt", "The talks open on October\u00a024,\u00a02025 and last\u00a0three\u00a0days.", List.of()),
                new Case("with a thin space in a number", "a.txt", "The talks drew 12\u2009000 people on October 24, 2025.", List.of()),
                new Case("after astral characters", "a.txt", "\ud83d\udcf0\ud83c\udf0f The talks open on October 24, 2025 \ud83d\udc4d.",
                        List.of("October 24, 2025")),
                new Case("after combining marks", "a.txt", "Cafe\u0301 owners said the talks open on October 24, 2025.",
                        List.of("October 24, 2025")),
                new Case("after front matter", "a.md", "---\nsource: Wire\npublished: 2025-10-20\n---\nThe talks open on Friday and last three days.\n",
                        List.of()),
                new Case("HTML with entities and a script", "a.html", "<html><head><meta property=\"article:published_time\" content=\"2025-10-20\">"
                        + "<script>var d = 'October 1, 2025';</script></head><body><p>The talks&nbsp;open on October&#160;24,&nbsp;2025 &amp; last "
                        + "three&nbsp;days.</p><style>p{}</style><p>&ldquo;About 300 delegates&rdquo; came (&plusmn;10).</p></body></html>", List.of()),
                new Case("JSON article", "a.json", "{\"title\": \"Talks open October 24, 2025\", \"text\": \"They last three days\\u2026 "
                        + "\\\"at least 300\\\" came.\", \"published\": \"2025-10-20\"}", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyClaimTextIsTheArticleTextAtItsOffsets(Case c, @TempDir Path dir) throws Exception {
        write(dir.resolve(c.file()), c.content().getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("z-other.txt"), "The talks open on October 25, 2025 and last four days; 310 delegates came.");
        Map<String, String> texts = new HashMap<>();
        for (Article a : new CorpusReader().read(List.of(dir)).articles()) {
            texts.put(a.id(), a.text());
        }

        Cli r = Cli.checkJson(dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode claims = r.json().get("claims");
        assertThat(claims).as("claims").isNotEmpty();
        for (JsonNode claim : claims) {
            String text = texts.get(claim.get("article").asText());
            int start = claim.get("start").asInt();
            int end = claim.get("end").asInt();
            assertThat(end).isBetween(start, text.length());
            assertThat(claim.get("text").asText()).as(claim.toString()).isEqualTo(text.substring(start, end));
        }
        List<String> found = claims.findValuesAsText("text");
        assertThat(found).containsAll(c.quotes());
        if (c.file().endsWith(".html")) {
            assertThat(texts.get("a1")).doesNotContain("October 1, 2025").contains("October 24, 2025 & last");
        }
    }
}
