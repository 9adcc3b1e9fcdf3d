package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.eval.Gold;
import org.crosscheck.eval.StoryEvaluation;
import org.junit.jupiter.api.Test;

/**
 * The development set (../shared/devset: 16 stories written from real coverage, 92 discrepancies), checked story by
 * story and scored as {@code crosscheck eval} scores it. The floors are the figures reached so far: raise them as the
 * product improves, never lower them.
 */
class DevSetTest {

    private static final Path DEVSET = Path.of("../shared/devset");

    @Test
    void devSetTotalsStayAtOrAboveTheFiguresReached() throws Exception {
        assumeTrue(Files.isDirectory(DEVSET), "the development set is not beside the repo (../shared/devset)");
        List<Path> stories;
        try (Stream<Path> s = Files.list(DEVSET)) {
            stories = s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList();
        }
        assertThat(stories).hasSizeGreaterThanOrEqualTo(16);
        Pipeline pipeline = Pipeline.withRules(Path.of("rules"));
        List<StoryEvaluation> all = new ArrayList<>();
        for (Path story : stories) {
            all.add(StoryEvaluation.of(story.getFileName().toString(), pipeline.run(List.of(story)), Gold.read(story.resolve("gold.json"))));
        }
        StoryEvaluation total = StoryEvaluation.total(all);
        int hits = total.findings() - total.score().falsePositives().size();
        assertThat(total.score().found()).as("discrepancies found").hasSizeGreaterThanOrEqualTo(65);
        assertThat(total.precision()).as("precision, %d of %d findings hit one", hits, total.findings()).isGreaterThanOrEqualTo(0.82);
        assertThat(total.alignment().linkPrecision()).as("link precision").isGreaterThanOrEqualTo(0.92);
        assertThat(total.alignment().linkRecall()).as("link recall").isGreaterThanOrEqualTo(0.44);
        assertThat((double) total.coverage().rightKind() / total.coverage().quotes()).as("gold quotes with a claim of the right kind")
                .isGreaterThanOrEqualTo(0.95);
        assertThat((double) total.coverage().rightValue() / total.coverage().valued()).as("gold quotes with the gold value")
                .isGreaterThanOrEqualTo(0.90);
    }
}
