package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event aligner's early exit (stop a merge check at the first cross pair below the floor) must not change
 * any output: the JSON reports of the fixtures are pinned as they were before it (main at 499c483).
 * When extract/, normalize/ or rules/ change behaviour on purpose, regenerate the pinned files with
 * {@code ./crosscheck check fixtures/NAME --format json --fail-on never}.
 */
class AlignmentSpeedupKeepsOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {"trade-talks-kl", "quake-coverage", "match-report"})
    void fixtureReportIsByteIdenticalToThePinnedOne(String fixture) throws Exception {
        String now = new JsonRenderer().render(Pipeline.withRules(Path.of("rules")).run(List.of(Path.of("fixtures", fixture))));
        String pinned = Files.readString(Path.of("src/test/resources/pinned-output", fixture + ".json"), StandardCharsets.UTF_8);
        assertThat(now).isEqualTo(pinned);
    }
}
