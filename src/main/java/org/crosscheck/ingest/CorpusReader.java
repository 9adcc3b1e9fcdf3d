package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    /**
     * Larger files are refused before they are read: a news article is a few KB, the extractor's cost grows
     * faster than linearly (1 MB takes ~10 s, 5 MB over a minute) and a 200 MB file would never finish.
     */
    static final long MAX_ARTICLE_BYTES = Long.getLong("crosscheck.maxArticleBytes", 2L * 1024 * 1024);
    /** More articles are refused before any is read: one run is one story's coverage, and every text is held in memory. */
    static final int MAX_ARTICLES = Integer.getInteger("crosscheck.maxArticles", 10_000);
    /** Publication dates before this are almost surely typos; they are used but warned about. */
    private static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1900, 1, 1);

    /** One file to read, with what the manifest said about it. */
    private record Entry(Path path, String name, String source, LocalDate published, boolean fromManifest) {}

    /** Reads every input; ids are assigned after sorting by name so input order never matters. */
    public Corpus read(List<Path> inputs) throws InputException {
        if (inputs.isEmpty()) {
            throw new InputException("no input given: name a folder of articles, e.g. fixtures/trade-talks-kl");
        }
        listingWarnings.clear(); // a reader may be reused after a failed read
        List<Entry> entries = new ArrayList<>();
        boolean prefix = inputs.size() > 1;
        for (Path input : inputs) {
            entries.addAll(entriesOf(input, prefix));
        }
        if (entries.size() > MAX_ARTICLES) {
            throw new InputException(describe(inputs) + ": " + entries.size() + " article files, more than the "
                    + MAX_ARTICLES + " one run can compare; split them into one folder per story"
                    + " (or raise the limit with CROSSCHECK_JAVA_OPTS=-Dcrosscheck.maxArticles=N)");
        }
        entries.sort(Comparator.comparing(Entry::name));
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>(listingWarnings);
        listingWarnings.clear();
        Set<String> names = new HashSet<>();
        for (Entry e : entries) {
            if (!names.add(e.name())) {
                throw new InputException(e.name() + ": given twice (name each article once)");
            }
            try {
                Article a = readArticle(e, "a" + (articles.size() + 1), warnings);
                if (blank(a.text())) {
                    warnings.add(e.name() + ": empty, skipped");
                    continue;
                }
                implausibleDate(a).ifPresent(warnings::add);
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

    /** String.isBlank misses no-break and zero-width spaces, which pasted "empty" articles often contain. */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** Far-future or far-past dates still resolve "on Friday", so they are kept, but the user should look. */
    private static java.util.Optional<String> implausibleDate(Article a) {
        LocalDate p = a.published();
        if (p == null) {
            return java.util.Optional.empty();
        }
        if (p.isAfter(LocalDate.now().plusDays(1))) {
            return java.util.Optional.of(a.file() + ": publication date " + p
                    + " is in the future; relative dates were resolved from it (check the date)");
        }
        if (p.isBefore(EARLIEST_PLAUSIBLE)) {
            return java.util.Optional.of(a.file() + ": publication date " + p
                    + " is before 1900; relative dates were resolved from it (check the date)");
        }
        return java.util.Optional.empty();
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
        Path root = realPath(input);
        try {
            // Links are not followed into folders (no loops); a linked file counts only if it stays inside the folder.
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (!EXTENSIONS.contains(extension(name)) || NOT_ARTICLES.contains(name) || name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String shown = base + relative(input, p);
                    if (attrs.isSymbolicLink()) {
                        Path target = realPathOrNull(p);
                        if (target == null || !target.startsWith(root) || !Files.isRegularFile(target)) {
                            listingWarnings.add(shown + ": a link to outside the folder (or to nothing), skipped");
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(new Entry(p, shown, null, null, false));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    if (p.equals(input)) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    listingWarnings.add(base + relative(input, p) + ": cannot be listed (" + reason(e) + "), skipped");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(input + ": cannot list the folder (" + reason(e) + ")");
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(input + ": cannot list the folder (" + reason(e.getCause()) + ")");
        }
        return found;
    }

    /** Warnings found while listing folders, before any file is read. */
    private final List<String> listingWarnings = new ArrayList<>();

    private static Path realPath(Path p) throws InputException {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new InputException(p + ": cannot be opened (" + reason(e) + ")");
        }
    }

    private static Path realPathOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** What went wrong, in words a user can act on, without Java class names where a plain phrase exists. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: check its permissions";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "links form a loop";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private List<Entry> manifestEntries(Path dir, Path manifest, String base) throws InputException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(manifest));
        } catch (JsonProcessingException e) {
            throw new InputException(manifest + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + jsonProblem(e) + "); fix the JSON");
        } catch (IOException e) {
            throw new InputException(manifest + ": cannot be read (" + reason(e) + ")");
        }
        JsonNode list = root == null ? null : root.get("articles");
        if (list == null || !list.isArray()) {
            throw new InputException(manifest + ": needs an \"articles\" array of {\"file\", \"source\", \"published\"}");
        }
        List<Entry> entries = new ArrayList<>();
        java.util.Map<Path, Integer> listed = new java.util.HashMap<>();
        Path folder = realPath(dir);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = manifest + ": articles[" + i + "]";
            if (!item.isObject()) {
                throw new InputException(where + " must be an object like {\"file\": \"a.txt\"}");
            }
            JsonNode file = item.get("file");
            if (file == null || !file.isTextual() || file.asText().isBlank()) {
                throw new InputException(where + " needs a \"file\" string");
            }
            Path path;
            try {
                path = dir.resolve(file.asText()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                // Found by Jazzer: a NUL in the name escaped as an internal error.
                throw new InputException(where + ": file \"" + file.asText() + "\" is not a valid file name");
            }
            if (!path.startsWith(dir.normalize())) {
                throw new InputException(where + ": file \"" + file.asText() + "\" is outside the manifest's folder");
            }
            if (!Files.isRegularFile(path)) {
                throw new InputException(where + ": file \"" + file.asText() + "\" does not exist");
            }
            // A link inside the folder may still point outside it: the manifest must not reach other files.
            Path real = realPath(path);
            if (!real.startsWith(folder)) {
                throw new InputException(where + ": file \"" + file.asText() + "\" links to outside the manifest's folder");
            }
            Integer first = listed.putIfAbsent(real, i);
            if (first != null) {
                throw new InputException(where + ": file \"" + file.asText() + "\" is already listed at articles["
                        + first + "]; list each article once");
            }
            String source = textField(item, "source", where);
            String date = textField(item, "published", where);
            LocalDate published = date == null ? null : PublicationDate.parse(date, where + " (" + file.asText() + ")");
            entries.add(new Entry(path, base + relative(dir, path), source, published, true));
        }
        return entries;
    }

    /** Jackson's message without the source excerpt and location it appends (the line is reported separately). */
    private static String jsonProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        int cut = m.indexOf(" (start marker at");
        m = cut >= 0 ? m.substring(0, cut) : m;
        m = m.replaceAll("\\s*\\[Source:.*", "").lines().findFirst().orElse("syntax error").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
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
            long size = Files.size(e.path());
            if (size > MAX_ARTICLE_BYTES) {
                throw new InputException(e.name() + ": " + megabytes(size) + " is more than the " + megabytes(MAX_ARTICLE_BYTES)
                        + " an article may have; split it into articles or leave it out");
            }
            bytes = Files.readAllBytes(e.path());
        } catch (IOException ex) {
            throw new InputException(e.name() + ": cannot be read (" + reason(ex) + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, e.name());
        if (decoded.note() != null) {
            warnings.add(decoded.note());
        }
        return fromText(id, e.name(), extension(e.name().toLowerCase(Locale.ROOT)), decoded.text(), e.source(), e.published(),
                stem(e.path()), warnings);
    }

    private static Article fromText(String id, String name, String extension, String decoded, String source,
                                    LocalDate published, String stem, List<String> warnings) throws InputException {
        ArticleText parsed = ArticleText.parse(extension, decoded, name);
        if (parsed.note() != null && published == null) {
            warnings.add(parsed.note());
        }
        LocalDate date = published != null ? published : parsed.published();
        if (date == null) {
            date = PageDateLine.in(parsed.text());
            if (date != null) {
                warnings.add(name + ": no publication date in the manifest; read " + date + " from the page's own date line");
            }
        }
        return new Article(id, name, firstNonNull(source, parsed.source(), stem), date, parsed.text());
    }

    /**
     * One article handed over as text rather than as a file (a service receives articles this way), read exactly
     * as a file called {@code name} listed in a manifest with {@code source} and {@code published} would be:
     * front matter, HTML and JSON by the name's extension ({@code html} forces HTML), the same size limit, the
     * same notes in {@code notes}. An empty text is an {@link InputException}.
     */
    public static Article readText(String id, String name, String content, boolean html, String source, LocalDate published,
                                   List<String> notes) throws InputException {
        long bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_ARTICLE_BYTES) {
            throw new InputException(name + ": " + megabytes(bytes) + " is more than the " + megabytes(MAX_ARTICLE_BYTES)
                    + " an article may have; split it into articles or leave it out");
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // a BOM is not text, as in files
        String extension = html ? "html" : extension(name.toLowerCase(Locale.ROOT));
        Article a = fromText(id, name, extension, text, source, published, stem(name.substring(name.lastIndexOf('/') + 1)), notes);
        if (blank(a.text())) {
            throw new InputException(name + ": empty");
        }
        return a;
    }

    /** The most an article may weigh, in UTF-8 bytes (-Dcrosscheck.maxArticleBytes). */
    public static long maxArticleBytes() {
        return MAX_ARTICLE_BYTES;
    }

    /** The warning the report gives for an implausible publication date (in the future, before 1900), if any. */
    public static java.util.Optional<String> dateWarning(Article a) {
        return implausibleDate(a);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
        return stem(p.getFileName().toString());
    }

    private static String stem(String n) {
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
