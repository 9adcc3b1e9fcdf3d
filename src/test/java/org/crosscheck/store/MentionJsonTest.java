package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.extract.Mention;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mentions survive the trip through their stored JSON unchanged, whatever components Mention has. */
class MentionJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"trade-talks-kl", "quake-coverage", "match-report", "flood-coverage", "draft-talks/coverage"})
    void everyFixtureMentionReadsBackEqualFromItsJson(String fixture) throws Exception {
        for (Article a : new CorpusReader().read(List.of(Path.of("fixtures", fixture))).articles()) {
            List<Mention> extracted = Pipeline.extract(a);
            List<Mention> read = extracted.stream().map(MentionJson::write).map(MentionJson::read).toList();

            assertThat(extracted).isNotEmpty();
            assertThat(read).as(a.file()).isEqualTo(extracted);
            // Order of the context words is part of the mention: alignment weighs them in that order.
            for (int i = 0; i < read.size(); i++) {
                assertThat(List.copyOf(read.get(i).context().keySet())).isEqualTo(List.copyOf(extracted.get(i).context().keySet()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "not json", "{\"article\":\"a1\",\"componentThatDoesNotExist\":1}"})
    void aDocumentThisMentionCannotReadIsNullSoTheArticleIsExtractedAgain(String json) {
        assertThat(MentionJson.read(json)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aDocumentMissingAComponentIsNotReadWithAnEmptyField() throws Exception {
        Article a = new CorpusReader().read(List.of(Path.of("fixtures", "match-report"))).articles().get(0);
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(MentionJson.write(Pipeline.extract(a).get(0)));
        doc.remove(doc.fieldNames().next());

        assertThat(MentionJson.read(doc.toString())).isNull();
    }
}
