package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.crosscheck.extract.Mention;

/**
 * Mentions as JSON documents, mapped generically by Jackson (a record by its components): when the extractor's
 * Mention gains or loses a component, nothing here changes. Reading is strict both ways (an unknown or a missing
 * component fails), so a document an older Mention wrote is never read with a silently empty field: the article
 * is extracted again instead.
 */
final class MentionJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    private static final ObjectWriter WRITER = JSON.writerFor(Mention.class);
    private static final ObjectReader READER = JSON.readerFor(Mention.class);

    private MentionJson() {}

    static String write(Mention m) {
        try {
            return WRITER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mention cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The mention, or null when this version of Mention cannot read the document. */
    static Mention read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
