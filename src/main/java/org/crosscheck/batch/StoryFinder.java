package org.crosscheck.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.ingest.InputException;

/**
 * Finds the stories below a root folder: every folder that holds a {@code manifest.json} or an article file of its
 * own is one story (its subfolders belong to it, as when it is checked alone); other folders are searched further.
 * Hidden folders, links to folders and the batch's own output folder are never entered.
 */
public final class StoryFinder {

    /** The extensions {@code CorpusReader} reads, and the files it never takes for articles. */
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "json");
    private static final Set<String> NOT_ARTICLES = Set.of("manifest.json", "gold.json", "baseline.json");

    /**
     * The stories found, sorted by name, and what the user should know about the rest of the root.
     *
     * @param stories  one per story folder, sorted by name
     * @param warnings e.g. article files lying directly in the root, which belong to no story
     */
    public record Found(List<Story> stories, List<String> warnings) {}

    private final Path exclude;

    /** @param exclude a folder never to search (the batch's output folder), or null */
    public StoryFinder(Path exclude) {
        this.exclude = exclude == null ? null : exclude.toAbsolutePath().normalize();
    }

    public Found find(Path root) throws InputException {
        if (!Files.isDirectory(root)) {
            throw new InputException(root + ": no such folder (--stories names a folder of story folders)");
        }
        List<Story> stories = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            if (Files.isRegularFile(root.resolve("manifest.json"))) {
                // the root is itself one story: check it as one rather than refuse
                Path name = root.toAbsolutePath().normalize().getFileName();
                stories.add(story(name == null ? "story" : name.toString(), root));
            } else {
                long loose = articleFilesIn(root);
                if (loose > 0) {
                    warnings.add(root + ": " + loose + (loose == 1 ? " article file lies" : " article files lie")
                            + " directly in the root and belong to no story; not checked (put them in a folder of their own)");
                }
                search(root, root, stories);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(root + ": cannot list the folder (" + e.getMessage() + ")");
        }
        if (stories.isEmpty()) {
            throw new InputException(root + ": no story folders below it (a story folder holds articles or a manifest.json)");
        }
        stories.sort(java.util.Comparator.comparing(Story::name));
        return new Found(stories, warnings);
    }

    private void search(Path root, Path dir, List<Story> stories) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> exclude == null || !p.toAbsolutePath().normalize().equals(exclude))
                    .sorted().toList();
        }
        for (Path child : children) {
            if (Files.isRegularFile(child.resolve("manifest.json")) || articleFilesIn(child) > 0) {
                stories.add(story(root.relativize(child).toString().replace('\\', '/'), child));
            } else {
                search(root, child, stories);
            }
        }
    }

    private static long articleFilesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> isArticleFile(p) && Files.isRegularFile(p)).count();
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1)) && !NOT_ARTICLES.contains(name);
    }

    /** Counts the story's article files and bytes: estimates for progress and for starting the largest stories first. */
    private static Story story(String name, Path folder) throws IOException {
        int[] files = {0};
        long[] bytes = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticleFile(p)) {
                    files[0]++;
                    bytes[0] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                return FileVisitResult.CONTINUE; // the reader reports unreadable files when it reads the story
            }
        });
        return new Story(name, folder, files[0], bytes[0]);
    }
}
