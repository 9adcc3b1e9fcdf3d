package org.crosscheck.normalize;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.report.Report;

/** Two wires' articles of one day checked with the project's rules, for tests that compare two sentences. */
final class TwoArticles {

    private static Pipeline pipeline;

    private TwoArticles() {
    }

    static synchronized Report check(LocalDate published, String first, String second) {
        if (pipeline == null) {
            try {
                pipeline = Pipeline.withRules(Path.of("rules"));
            } catch (org.crosscheck.check.RuleException e) {
                throw new IllegalStateException("the project's rules do not compile", e);
            }
        }
        return pipeline.run(new Corpus(List.of(
                new Article("a1", "a.txt", "Wire A", published, first),
                new Article("a2", "b.txt", "Wire B", published, second)), List.of()));
    }
}
