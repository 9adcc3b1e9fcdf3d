package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the articles of a run from folders and files.
 *
 * <p>A folder with a {@code manifest.json} contributes exactly the files it lists; any other folder
 * contributes every .txt, .md, .html/.htm and .json file below it. Source and date come from the
 * manifest, else from front matter, HTML meta tags or JSON fields.
 */
public final class CorpusReader {

    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "json");
    private static final Set<String> NOT_ARTICLES = Set.of("manifest.json", "gold.json", "baseline.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file to read, with what the manifest said about it. */
    private record Entry(Path path, String name, String source, LocalDate published, boolean fromManifest) {}

    /** Reads every input; ids are assigned after sorting by name so input order never matters. */
    public Corpus read(List<Path> inputs) throws InputException {
        if (inputs.isEmpty()) {
            throw new InputException("no input given: name a folder of articles, e.g. fixtures/trade-talks-kl");
        }
        List<Entry> entries = new ArrayList<>();
        boolean prefix = inputs.size() > 1;
        for (Path input : inputs) {
            entries.addAll(entriesOf(input, prefix));
        }
        entries.sort(Comparator.comparing(Entry::name));
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Entry e : entries) {
            if (!names.add(e.name())) {
                throw new InputException(e.name() + ": given twice (name each article once)");
            }
            try {
                Article a = readArticle(e, "a" + (articles.size() + 1), warnings);
                if (a.text().isBlank()) {
                    warnings.add(e.name() + ": empty, skipped");
                    continue;
                }
                articles.add(a);
            } catch (InputException skipped) {
                if (e.fromManifest()) {
                    throw skipped;
                }
                warnings.add(skipped.getMessage() + ", skipped");
            }
        }
        if (articles.isEmpty()) {
            throw new InputException(describe(inputs) + ": no readable articles (.txt, .md, .html or .json)"
                    + (warnings.isEmpty() ? "" : "; " + warnings.get(0)));
        }
        return new Corpus(articles, warnings);
    }

    private static String describe(List<Path> inputs) {
        return inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " inputs";
    }

    private List<Entry> entriesOf(Path input, boolean prefix) throws InputException {
        if (!Files.exists(input)) {
            throw new InputException(input + ": no such file or folder");
        }
        if (Files.isRegularFile(input)) {
            return List.of(new Entry(input, input.getFileName().toString(), null, null, true));
        }
        String base = prefix ? input.toAbsolutePath().normalize().getFileName() + "/" : "";
        Path manifest = input.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            return manifestEntries(input, manifest, base);
        }
        List<Entry> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (EXTENSIONS.contains(extension(name)) && !NOT_ARTICLES.contains(name) && !name.startsWith(".")) {
                    found.add(new Entry(p, base + relative(input, p), null, null, false));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(input + ": cannot list the folder (" + e.getMessage() + ")");
        }
        return found;
    }

    private List<Entry> manifestEntries(Path dir, Path manifest, String base) throws InputException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(manifest));
        } catch (JsonProcessingException e) {
            throw new InputException(manifest + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(manifest + ": cannot be read (" + e.getMessage() + ")");
        }
        JsonNode list = root == null ? null : root.get("articles");
        if (list == null || !list.isArray()) {
            throw new InputException(manifest + ": needs an \"articles\" array of {\"file\", \"source\", \"published\"}");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = manifest + ": articles[" + i + "]";
            JsonNode file = item.get("file");
            if (file == null || !file.isTextual() || file.asText().isBlank()) {
                throw new InputException(where + " needs a \"file\" string");
            }
            Path path = dir.resolve(file.asText()).normalize();
            if (!path.startsWith(dir.normalize())) {
                throw new InputException(where + ": file \"" + file.asText() + "\" is outside the manifest's folder");
            }
            if (!Files.isRegularFile(path)) {
                throw new InputException(where + ": file \"" + file.asText() + "\" does not exist");
            }
            String source = textField(item, "source", where);
            String date = textField(item, "published", where);
            LocalDate published = date == null ? null : PublicationDate.parse(date, where + " (" + file.asText() + ")");
            entries.add(new Entry(path, base + relative(dir, path), source, published, true));
        }
        return entries;
    }

    private static String textField(JsonNode item, String field, String where) throws InputException {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InputException(where + ": \"" + field + "\" must be a string");
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private Article readArticle(Entry e, String id, List<String> warnings) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(e.path());
        } catch (IOException ex) {
            throw new InputException(e.name() + ": cannot be read (" + ex.getClass().getSimpleName() + ")");
        } catch (OutOfMemoryError ex) {
            throw new InputException(e.name() + ": too large to read");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, e.name());
        if (decoded.note() != null) {
            warnings.add(decoded.note());
        }
        ArticleText parsed = ArticleText.parse(extension(e.name().toLowerCase(Locale.ROOT)), decoded.text(), e.name());
        String source = firstNonNull(e.source(), parsed.source(), stem(e.path()));
        LocalDate published = e.published() != null ? e.published() : parsed.published();
        return new Article(id, e.name(), source, published, parsed.text());
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
