package org.crosscheck.rulecache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.RuleSet;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;

/**
 * The rules of a folder, compiled once and reused while the rule files are unchanged.
 *
 * <p>Compiling DRL at start-up (parser, MVEL analysis, the Java compiler) is most of a small check's wall time; the
 * same rules in Drools's executable model, precompiled into a jar, load in a fraction of it. The jar is cached under a
 * key that hashes the rule files, the classes they name and the Drools version, so an edited rule, a rebuilt fact
 * class or another Drools never meets an old jar. On a miss the rules are compiled the classic way, which also names
 * the file and line of any error (the executable model reports some with no line), and the jar for the next run is
 * built in a separate background JVM, so the run that found the miss is not slowed by it. A cache that cannot be
 * read, written or loaded is skipped or rebuilt silently: the answer is always the classic compiler's rules.
 */
public final class CompiledRules {

    /** What to do on a miss: build in a background JVM (the command line), build now (tests, benchmarks), or never cache. */
    public enum Mode { background, sync, off }

    /** Bumped when the jar's layout or key changes. */
    static final String FORMAT = "1";
    /** Old jars (one per edit of the rules) beyond this many, newest kept, are deleted. */
    private static final int KEEP = 16;
    /** A build marked as running longer ago than this is taken to have died. */
    private static final Duration STALE_LOCK = Duration.ofMinutes(5);

    private final Path cacheDir;
    private final Mode mode;

    public CompiledRules(Path cacheDir, Mode mode) {
        this.cacheDir = cacheDir;
        this.mode = mode;
    }

    /**
     * The cache the command line uses: {@code -Dcrosscheck.ruleCache=background|sync|off} (default background) in
     * {@code -Dcrosscheck.cacheDir}, else {@code $CROSSCHECK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/crosscheck},
     * else {@code ~/.cache/crosscheck}: never inside the rules folder, which users edit and version.
     */
    public static CompiledRules configured() {
        Mode mode;
        try {
            mode = Mode.valueOf(System.getProperty("crosscheck.ruleCache", "background").toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            mode = Mode.background;
        }
        return new CompiledRules(defaultCacheDir(), mode);
    }

    static Path defaultCacheDir() {
        String dir = System.getProperty("crosscheck.cacheDir", System.getenv("CROSSCHECK_CACHE_DIR"));
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "crosscheck");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "crosscheck");
    }

    /**
     * Rules and where they came from.
     *
     * @param rules     the rule set
     * @param fromCache true when loaded precompiled from the cache, false when compiled from DRL in this run
     */
    public record Loaded(RuleSet rules, boolean fromCache) {}

    /** Loads the rules of {@code folder}: from the cache when it holds them, else compiled (errors with file and line). */
    public RuleSet load(Path folder) throws RuleException {
        return loadWithOrigin(folder).rules();
    }

    /** As {@link #load}, saying whether the cache served them. */
    public Loaded loadWithOrigin(Path folder) throws RuleException {
        Map<String, String> sources = RuleSet.sources(folder);
        String where = folder.toString();
        if (mode == Mode.off) {
            return new Loaded(RuleSet.compile(where, sources), false);
        }
        String key = key(sources);
        Path jar = cacheDir.resolve("rules-" + key + ".jar");
        RuleSet cached = loadCached(jar, where, sources);
        if (cached != null) {
            return new Loaded(cached, true);
        }
        RuleSet compiled = RuleSet.compile(where, sources); // throws the user's error, with its file and line
        if (Files.exists(cacheDir.resolve("rules-" + key + ".unsupported"))) {
            return new Loaded(compiled, false); // the executable model cannot take these rules: not tried on every run
        }
        if (mode == Mode.sync) {
            build(sources, key);
            RuleSet built = loadCached(jar, where, sources);
            return built != null ? new Loaded(built, true) : new Loaded(compiled, false);
        }
        startBackgroundBuild(folder, key);
        return new Loaded(compiled, false);
    }

    /** The cached rules, or null when there are none or they cannot be used (then they are removed, to be rebuilt). */
    RuleSet loadCached(Path jar, String where, Map<String, String> sources) {
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try {
            List<Model> models = models(jar);
            return RuleSet.of(KieBaseBuilder.createKieBaseFromModel(models), where, sources);
        } catch (Exception | LinkageError e) {
            // truncated, corrupt or built against other classes: build it again
            try {
                Files.deleteIfExists(jar);
            } catch (IOException ignored) {
                // another run may hold it; it will be replaced atomically
            }
            return null;
        }
    }

    /** Instantiates the rule models the jar lists; its classes load on demand for as long as the rules are used. */
    private static List<Model> models(Path jar) throws IOException, ReflectiveOperationException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry list = zip.stream().filter(e -> e.getName().endsWith("/drools-model")).findFirst()
                    .orElseThrow(() -> new IOException(jar + ": no drools-model list"));
            try (InputStream in = zip.getInputStream(list)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                        names.add(line.strip());
                    }
                }
            }
        }
        if (names.isEmpty()) {
            throw new IOException(jar + ": lists no rule models");
        }
        // Not closed: the knowledge base loads rule classes from it lazily, for the life of the process.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, CompiledRules.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String n : names) {
            models.add((Model) loader.loadClass(n).getConstructor().newInstance());
        }
        return models;
    }

    /** Builds the executable-model jar for {@code sources} and puts it in the cache atomically; false when it could not. */
    boolean build(Map<String, String> sources, String key) {
        try {
            Files.createDirectories(cacheDir);
            ExecutableModel.Built built = ExecutableModel.build(sources);
            if (built.jar() == null) {
                writeAtomically(cacheDir.resolve("rules-" + key + ".unsupported"), built.problem().getBytes(StandardCharsets.UTF_8));
                return false;
            }
            writeAtomically(cacheDir.resolve("rules-" + key + ".jar"), built.jar());
            prune();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no cache this time; the classic rules were used
        }
    }

    /** A temporary file beside the target, renamed over it: a concurrent reader sees the old jar, the new one or none. */
    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(cacheDir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void prune() throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(cacheDir)) {
            jars = s.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]+\\.(jar|unsupported)"))
                    .sorted(Comparator.comparing(CompiledRules::modified).reversed()).toList();
        }
        for (Path old : jars.subList(Math.min(KEEP, jars.size()), jars.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Starts {@link #main} in a JVM of its own that outlives this run. A lock file keeps concurrent runs from starting
     * the same build twice; one left by a build that died is ignored after a few minutes.
     */
    private void startBackgroundBuild(Path folder, String key) {
        Path lock = cacheDir.resolve("rules-" + key + ".lock");
        try {
            Files.createDirectories(cacheDir);
            try {
                Files.write(lock, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (modified(lock).toInstant().isAfter(Instant.now().minus(STALE_LOCK))) {
                    return; // another run is building it
                }
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), CompiledRules.class.getName(),
                    folder.toAbsolutePath().toString(), cacheDir.toAbsolutePath().toString(), key)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close(); // it reads nothing; not waited for: it outlives this run
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException ignored) {
                // nothing more to do: the next run tries again
            }
        }
    }

    /** The background build: {@code RULES_DIR CACHE_DIR KEY}. Builds only if the folder still has the rules of KEY. */
    public static void main(String[] args) {
        Path cache = Path.of(args[1]);
        Path lock = cache.resolve("rules-" + args[2] + ".lock");
        try {
            Map<String, String> sources = RuleSet.sources(Path.of(args[0]));
            CompiledRules rules = new CompiledRules(cache, Mode.sync);
            String key = rules.key(sources);
            if (key.equals(args[2])) {
                rules.build(sources, key);
            }
        } catch (RuleException | RuntimeException e) {
            // edited again meanwhile, or unreadable: the next run starts a build of what is there then
        } finally {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException ignored) {
                // a stale lock expires by itself
            }
        }
        System.exit(0);
    }

    /** The types a rule file names in {@code import} and {@code global} lines: the classes its compiled form depends on. */
    private static final Pattern TYPES = Pattern.compile("(?m)^\\s*(?:import\\s+(?!function\\s|static\\s)|global\\s+)([\\w.$]+)");

    /**
     * Hash of the cache format, the Drools version, every rule file (name and text) and the bytecode of the classes the
     * rules name: a rebuilt {@code Claim} with other fields gives another key, so an old jar is never linked to it.
     */
    String key(Map<String, String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "crosscheck-rules-" + FORMAT);
            update(sha, classBytes(KieBaseBuilder.class.getName()));
            TreeSet<String> types = new TreeSet<>();
            for (Map.Entry<String, String> s : sources.entrySet()) {
                update(sha, s.getKey());
                update(sha, s.getValue());
                Matcher m = TYPES.matcher(s.getValue());
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
            for (String t : types) {
                update(sha, t);
                update(sha, classBytes(t));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String classBytes(String className) {
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? "?" : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "?";
        }
    }
}
