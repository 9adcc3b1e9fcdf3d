package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.CsvRenderer;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.report.TextRenderer;
import org.junit.jupiter.api.Tag;

/** The whole check on fuzzed articles: extraction, alignment, the shipped rules and every renderer must survive. */
@Tag("fuzz")
class PipelineFuzzTest {

    private static final Pipeline PIPELINE = pipeline();
    private static final String ANCHOR = "Talks open on Friday, October 24, 2025, in Kuala Lumpur and last three days; 300 delegates attend.";

    private static Pipeline pipeline() {
        try {
            return Pipeline.withRules(Path.of("rules"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void checkSurvivesAnyArticles(FuzzedDataProvider data) {
        LocalDate published = LocalDate.of(2025, 10, 20).plusDays(data.consumeInt(-3, 3));
        String first = data.consumeString(600);
        String second = data.consumeRemainingAsString();
        List<Article> articles = List.of(new Article("a1", "a.txt", "A", published, ANCHOR + " " + first),
                new Article("a2", "b.txt", "B", published, second), new Article("a3", "c.txt", "C", published, ANCHOR));
        Report report = PIPELINE.run(new Corpus(articles, List.of()));
        for (Claim c : report.claims()) {
            String text = report.article(c.article()).text();
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
        }
        assertThat(report.problems()).isEmpty();
        new JsonRenderer().render(report);
        new CsvRenderer().render(report);
        new TextRenderer().render(report);
    }
}
