package org.crosscheck.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the store lives: an embedded SQLite file (the default, no setup) or a PostgreSQL database a desk shares.
 *
 * @param jdbcUrl  the JDBC URL
 * @param user     database user, or null (PostgreSQL only; the URL may carry it too)
 * @param password database password, or null
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    /** The file name of the embedded store inside its data folder. */
    public static final String EMBEDDED_FILE = "crosscheck.db";

    /** The embedded store in {@code dataDir}. */
    public static StoreLocation embedded(Path dataDir) {
        return new StoreLocation("jdbc:sqlite:" + dataDir.resolve(EMBEDDED_FILE), null, null);
    }

    /** A store given by URL: {@code jdbc:postgresql://host/db} or {@code jdbc:sqlite:FILE}. */
    public static StoreLocation of(String jdbcUrl, String user, String password) throws StoreException {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:sqlite:")) {
            throw new StoreException("--db " + jdbcUrl + ": give a PostgreSQL URL (jdbc:postgresql://host/database) "
                    + "or leave --db out for the embedded store");
        }
        return new StoreLocation(jdbcUrl, user, password);
    }

    public boolean embedded() {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:");
    }

    /** The SQLite file, for the embedded store. */
    public Path file() {
        return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
    }

    /** For messages: the URL without any password it carries. */
    public String describe() {
        String shown = jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
        return (embedded() ? "embedded SQLite " + file() : "PostgreSQL " + shown);
    }

    @Override
    public String toString() {
        return describe();
    }
}
