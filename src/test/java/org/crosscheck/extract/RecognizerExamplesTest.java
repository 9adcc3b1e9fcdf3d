package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recognizer's example sentences, read by the whole extractor as an article would be: each must yield the
 * claims it names and none of those it rules out. As LanguageTool checks each rule against the examples it carries.
 */
class RecognizerExamplesTest {

    static Stream<Arguments> examples() {
        return MentionExtractor.recognizers(null).stream()
                .flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.name(), e)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void exampleYieldsWhatItSays(String recognizer, RecognizerExample example) {
        List<Mention> found = new MentionExtractor().extract("a1", example.sentence(), example.published());
        List<String> described = found.stream().map(RecognizerExample::describe).toList();
        assertThat(described).as("%s on \"%s\"", recognizer, example.sentence()).containsAll(example.yields());
        for (String never : example.never()) {
            assertThat(described).as("%s on \"%s\" must not yield %s", recognizer, example.sentence(), never)
                    .noneMatch(d -> d.equals(never) || !never.contains(" ") && d.startsWith(never + " "));
        }
        for (Mention m : found) {
            assertThat(example.sentence().substring(m.start(), m.end())).isEqualTo(m.quote());
        }
    }

    @org.junit.jupiter.api.Test
    void everyRecognizerCarriesExamples() {
        assertThat(MentionExtractor.recognizers(null)).allSatisfy(r -> assertThat(r.examples()).as(r.name()).hasSizeGreaterThanOrEqualTo(4));
    }
}
