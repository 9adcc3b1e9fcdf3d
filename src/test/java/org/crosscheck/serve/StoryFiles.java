package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles of a story folder as a client would send them: each file's content with its manifest entry. */
record StoryFiles(Path folder, List<StoryFiles.File> files) {

    /**
     * One article file.
     *
     * @param name      its name in the folder (what `crosscheck check` calls it)
     * @param source    the manifest's source, or null
     * @param published the manifest's date, or null
     * @param content   the file's content as read from disk
     */
    record File(String name, String source, String published, String content) {}

    static StoryFiles of(Path folder) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            List<File> files = new ArrayList<>();
            for (JsonNode a : manifest.get("articles")) {
                String name = a.get("file").asText();
                files.add(new File(name, text(a, "source"), text(a, "published"),
                        Files.readString(folder.resolve(name), StandardCharsets.UTF_8)));
            }
            return new StoryFiles(folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
