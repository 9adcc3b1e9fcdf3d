package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.crosscheck.extract.Mention;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The coverage store: stories, their articles and each article's mentions, in SQLite (embedded) or PostgreSQL.
 *
 * <p>An article and its mentions are written in one transaction, so a crash leaves the article wholly there or
 * not there. Every write raises the story's revision, which lets a cache tell cheaply whether a story changed.
 * The schema is migrated by Flyway when the store opens, so upgrading crosscheck upgrades the store.
 */
public final class CoverageStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** PostgreSQL tables live in a schema of their own, so a shared database's other tables are never touched. */
    static final String POSTGRES_SCHEMA = "crosscheck";

    private final StoreLocation location;
    private final HikariDataSource writes;
    /** SQLite: a second pool whose transactions start deferred, so readers take snapshots without the write lock. */
    private final HikariDataSource reads;
    private final String schemaVersion;

    private CoverageStore(StoreLocation location, HikariDataSource writes, HikariDataSource reads, String schemaVersion) {
        this.location = location;
        this.writes = writes;
        this.reads = reads;
        this.schemaVersion = schemaVersion;
    }

    /** Opens the store, creating its folder (embedded) and migrating its schema to this version of crosscheck. */
    public static CoverageStore open(StoreLocation location) throws StoreException {
        if (location.embedded()) {
            Path folder = location.file().toAbsolutePath().getParent();
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException("cannot create the data folder " + folder + " (" + e.getMessage() + "); choose another with --data", e);
            }
        }
        HikariDataSource writes = null;
        HikariDataSource reads = null;
        try {
            writes = pool(location, "crosscheck-store", true);
            reads = location.embedded() ? pool(location, "crosscheck-store-reads", false) : writes;
            Flyway flyway = Flyway.configure()
                    .dataSource(writes)
                    .locations("classpath:db/migration/" + (location.embedded() ? "sqlite" : "postgresql"))
                    .schemas(location.embedded() ? new String[0] : new String[] {POSTGRES_SCHEMA})
                    .load();
            flyway.migrate();
            MigrationVersion v = flyway.info().current() == null ? null : flyway.info().current().getVersion();
            return new CoverageStore(location, writes, reads, v == null ? "none" : v.getVersion());
        } catch (RuntimeException e) {
            closeQuietly(reads);
            closeQuietly(writes);
            throw new StoreException("cannot open the store (" + location.describe() + "): " + oneLine(e), e);
        }
    }

    private static HikariDataSource pool(StoreLocation location, String name, boolean forWrites) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(location.jdbcUrl());
        if (location.user() != null) {
            c.setUsername(location.user());
        }
        if (location.password() != null) {
            c.setPassword(location.password());
        }
        c.setConnectionTimeout(15_000);
        c.setMinimumIdle(1);
        if (location.embedded()) {
            // WAL: readers never block the writer; synchronous=FULL: a commit is on disk before it is acknowledged.
            c.addDataSourceProperty("journal_mode", "WAL");
            c.addDataSourceProperty("synchronous", "FULL");
            c.addDataSourceProperty("foreign_keys", "true");
            c.addDataSourceProperty("busy_timeout", "30000");
            // A write transaction takes the write lock when it begins, not half-way (where SQLite would fail it).
            c.addDataSourceProperty("transaction_mode", forWrites ? "IMMEDIATE" : "DEFERRED");
            c.setMaximumPoolSize(forWrites ? 2 : 4);
        } else {
            c.setSchema(POSTGRES_SCHEMA);
            c.addDataSourceProperty("reWriteBatchedInserts", "true");
            c.setMaximumPoolSize(8);
        }
        return new HikariDataSource(c);
    }

    /** Where the store is, for messages. */
    public StoreLocation location() {
        return location;
    }

    /** The schema version Flyway left the store at. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** What a write did: whether the article was new, and the story's revision after it. */
    public record Put(boolean created, long revision) {}

    /**
     * Stores the article and its mentions in one transaction, replacing an article of the same file in the story.
     *
     * @param version the extraction version that made {@code mentions}
     */
    public Put put(String story, ArticleContent a, List<Mention> mentions, String version) throws StoreException {
        List<String> bodies = mentions.stream().map(MentionJson::write).toList();
        String notes = json(a.notes());
        return writing("store " + story + "/" + a.file(), c -> {
            String now = now();
            long[] s = lockStory(c, story, now);
            long storyId = s[0];
            long revision = s[1];
            Long existing = articleId(c, storyId, a.file());
            long id;
            if (existing != null) {
                id = existing;
                update(c, "UPDATE article SET source = ?, published = ?, content_format = ?, content = ?, article_text = ?, notes = ?, "
                        + "revision = ?, stored_at = ?, extraction_version = ?, claim_count = ? WHERE id = ?",
                        a.source(), date(a.published()), a.format(), a.content(), a.text(), notes, revision, now, version, bodies.size(), id);
                update(c, "DELETE FROM mention WHERE article_id = ?", id);
            } else {
                update(c, "INSERT INTO article (story_id, file, source, published, content_format, content, article_text, notes, "
                        + "revision, stored_at, extraction_version, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        storyId, a.file(), a.source(), date(a.published()), a.format(), a.content(), a.text(), notes, revision, now,
                        version, bodies.size());
                id = articleId(c, storyId, a.file());
            }
            insertMentions(c, id, bodies);
            return new Put(existing == null, revision);
        });
    }

    /** Removes the article and its mentions; false when the story has no such article. */
    public boolean delete(String story, String file) throws StoreException {
        return writing("delete " + story + "/" + file, c -> {
            Long storyId = storyId(c, story);
            Long id = storyId == null ? null : articleId(c, storyId, file);
            if (id == null) {
                return false;
            }
            lockStory(c, story, now());
            update(c, "DELETE FROM mention WHERE article_id = ?", id);
            update(c, "DELETE FROM article WHERE id = ?", id);
            // The story row stays (hidden while empty), so its revision keeps rising if articles come back.
            return true;
        });
    }

    /**
     * Replaces an article's mentions with a fresh extraction, unless the article was replaced meanwhile (then
     * false). The story's revision does not change: its articles did not.
     */
    public boolean replaceMentions(long articleId, long revision, List<Mention> mentions, String version) throws StoreException {
        List<String> bodies = mentions.stream().map(MentionJson::write).toList();
        return writing("re-extract article " + articleId, c -> {
            if (update(c, "UPDATE article SET extraction_version = ?, claim_count = ? WHERE id = ? AND revision = ?",
                    version, bodies.size(), articleId, revision) == 0) {
                return false;
            }
            update(c, "DELETE FROM mention WHERE article_id = ?", articleId);
            insertMentions(c, articleId, bodies);
            return true;
        });
    }

    /** The stories that have articles, by name. */
    public List<StorySummary> stories() throws StoreException {
        List<StorySummary> out = reading("list stories", c -> {
            List<StorySummary> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.name, s.revision, s.changed_at, COUNT(a.id), COALESCE(SUM(a.claim_count), 0) "
                    + "FROM story s JOIN article a ON a.story_id = s.id GROUP BY s.id, s.name, s.revision, s.changed_at");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StorySummary(rs.getString(1), rs.getInt(4), rs.getLong(5), rs.getString(3), rs.getLong(2)));
                }
            }
            return list;
        });
        // Sorted here, not in SQL: SQLite and PostgreSQL collate differently, and the order must not depend on the store.
        out.sort(Comparator.comparing(StorySummary::story));
        return out;
    }

    /** The story's revision, or empty when the story has no articles. */
    public OptionalLong revision(String story) throws StoreException {
        return reading("read story " + story, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.revision FROM story s WHERE s.name = ? "
                    + "AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)")) {
                ps.setString(1, story);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Each article's file and the revision it was stored at. */
    public Map<String, Long> articleRevisions(String story) throws StoreException {
        return reading("read story " + story, c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.file, a.revision FROM article a JOIN story s ON s.id = a.story_id WHERE s.name = ?")) {
                ps.setString(1, story);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /** The story's articles whose files are given (all when {@code files} is null), each read whole with its mentions. */
    public List<StoredArticle> articles(String story, java.util.Collection<String> files) throws StoreException {
        return reading("read story " + story, c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ARTICLE_COLUMNS + " FROM article a JOIN story s ON s.id = a.story_id WHERE s.name = ?")) {
                ps.setString(1, story);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (files == null || files.contains(rs.getString(2))) {
                            out.add(article(rs, null));
                        }
                    }
                }
            }
            List<StoredArticle> whole = new ArrayList<>();
            for (StoredArticle a : out) {
                whole.add(withMentions(c, a));
            }
            return whole;
        });
    }

    /** One article with its mentions, if the story has it. */
    public Optional<StoredArticle> article(String story, String file) throws StoreException {
        List<StoredArticle> found = articles(story, List.of(file));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Articles whose mentions an older extraction version made: where is each, and at which revision. */
    public record Stale(long id, String story, String file, long revision) {}

    /** The articles whose mentions were not made by {@code version}. */
    public List<Stale> stale(String version) throws StoreException {
        return reading("find stale articles", c -> {
            List<Stale> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, s.name, a.file, a.revision FROM article a "
                    + "JOIN story s ON s.id = a.story_id WHERE a.extraction_version <> ?")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Stale(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    private static final String ARTICLE_COLUMNS = "SELECT a.id, a.file, a.source, a.published, a.content_format, a.content, "
            + "a.article_text, a.notes, a.revision, a.stored_at, a.extraction_version, a.claim_count";

    private static StoredArticle article(ResultSet rs, List<Mention> mentions) throws SQLException {
        String published = rs.getString(4);
        ArticleContent content = new ArticleContent(rs.getString(2), rs.getString(3), published == null ? null : LocalDate.parse(published),
                rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getString(8)));
        return new StoredArticle(rs.getLong(1), content, rs.getLong(9), rs.getString(10), rs.getString(11), rs.getInt(12), mentions);
    }

    /** The article with the mentions stored for it, or with none (null) when they cannot be read whole. */
    private static StoredArticle withMentions(Connection c, StoredArticle a) throws SQLException {
        List<Mention> mentions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM mention WHERE article_id = ? ORDER BY seq")) {
            ps.setLong(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && mentions != null) {
                    Mention m = MentionJson.read(rs.getString(1));
                    if (m == null) {
                        mentions = null;
                    } else {
                        mentions.add(m);
                    }
                }
            }
        }
        if (mentions != null && mentions.size() != a.claimCount()) {
            mentions = null; // cannot happen with transactional writes; if it does, extract again rather than trust it
        }
        return new StoredArticle(a.id(), a.content(), a.revision(), a.storedAt(), a.extractionVersion(), a.claimCount(), mentions);
    }

    /** Creates the story row if needed and raises its revision; returns {id, new revision}. Locks the row for this transaction. */
    private static long[] lockStory(Connection c, String story, String now) throws SQLException {
        update(c, "INSERT INTO story (name, revision, changed_at) VALUES (?, 0, ?) ON CONFLICT (name) DO NOTHING", story, now);
        update(c, "UPDATE story SET revision = revision + 1, changed_at = ? WHERE name = ?", now, story);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, revision FROM story WHERE name = ?")) {
            ps.setString(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("story row vanished inside its own transaction");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static Long storyId(Connection c, String story) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM story WHERE name = ?")) {
            ps.setString(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Long articleId(Connection c, long storyId, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE story_id = ? AND file = ?")) {
            ps.setLong(1, storyId);
            ps.setString(2, file);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void insertMentions(Connection c, long articleId, List<String> bodies) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (article_id, seq, body) VALUES (?, ?, ?)")) {
            for (int i = 0; i < bodies.size(); i++) {
                ps.setLong(1, articleId);
                ps.setInt(2, i);
                ps.setString(3, bodies.get(i));
                ps.addBatch();
            }
            if (!bodies.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object v = args[i];
                if (v == null) {
                    ps.setNull(i + 1, java.sql.Types.VARCHAR);
                } else if (v instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else if (v instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, v.toString());
                }
            }
            return ps.executeUpdate();
        }
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T writing(String what, Work<T> work) throws StoreException {
        return transaction(writes, what, work, false);
    }

    private <T> T reading(String what, Work<T> work) throws StoreException {
        return transaction(reads, what, work, true);
    }

    /** Runs {@code work} in one transaction, again (up to 3 times) when the database says another one got in the way. */
    private <T> T transaction(HikariDataSource pool, String what, Work<T> work, boolean readOnly) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                if (readOnly && !location.embedded()) {
                    // One snapshot for the article row and its mentions, however many statements read them.
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < 3 && retryable(e)) {
                    continue;
                }
                throw new StoreException("the store could not " + what + " (" + location.describe() + "): " + oneLine(e), e);
            }
        }
    }

    /** PostgreSQL serialization failures and deadlocks, SQLite's busy database: another transaction got in the way. */
    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || e.getErrorCode() == 5 || e.getErrorCode() == 6;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is returned broken; the pool discards it
        }
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }

    private static String now() {
        return INSTANT.format(Instant.now());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String json(List<String> notes) {
        try {
            return JSON.writeValueAsString(notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** The first line of the innermost message: what the user can act on, without Java class names. */
    static String oneLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }

    @Override
    public void close() {
        if (reads != writes) {
            closeQuietly(reads);
        }
        closeQuietly(writes);
    }
}
