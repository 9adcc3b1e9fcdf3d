package org.crosscheck.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server for one test class: initdb into a temporary folder, pg_ctl on a free loopback port,
 * stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root it runs as the {@code postgres}
 * user. {@link #start()} says why when it cannot start one, for the test to skip with that reason.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** Debian's PostgreSQL 15 server; -Dcrosscheck.pgbin=DIR points elsewhere. */
    private static final Path BIN = Path.of(System.getProperty("crosscheck.pgbin", "/usr/lib/postgresql/15/bin"));

    private final Path dir;
    private final int port;
    private final List<String> asUser;

    private ThrowawayPostgres(Path dir, int port, List<String> asUser) {
        this.dir = dir;
        this.port = port;
        this.asUser = asUser;
    }

    /** Why no server could be started. */
    public static final class Unavailable extends Exception {
        Unavailable(String why) {
            super(why);
        }
    }

    public static ThrowawayPostgres start() throws Unavailable {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new Unavailable("no PostgreSQL server in " + BIN + " (apt-get install -y postgresql-15; .ci/run does)");
        }
        Path dir;
        List<String> asUser = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("crosscheck-pg");
            if ("root".equals(System.getProperty("user.name"))) {
                if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
                    throw new Unavailable("running as root and runuser is missing, so PostgreSQL cannot be started as another user");
                }
                UserPrincipal postgres;
                try {
                    postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                } catch (IOException e) {
                    throw new Unavailable("running as root and there is no postgres user to run PostgreSQL as");
                }
                Files.setOwner(dir, postgres);
                asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
        } catch (IOException e) {
            throw new Unavailable("cannot make a folder for PostgreSQL: " + e.getMessage());
        }
        int port = freePort();
        ThrowawayPostgres pg = new ThrowawayPostgres(dir, port, asUser);
        try {
            pg.run(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "crosscheck", "-A", "trust",
                    "-E", "UTF8", "--no-locale");
            // fsync off: a throwaway server's durability is not under test; the tests' own crash test uses the embedded store.
            pg.run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        } catch (Unavailable e) {
            pg.close();
            throw e;
        }
        return pg;
    }

    /** The JDBC URL of its {@code postgres} database, as user crosscheck (trusted on loopback). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=crosscheck";
    }

    /** A database of its own for one test, so tests do not see each other's stories. */
    public String createDatabase(String name) throws Unavailable {
        run(BIN.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "crosscheck", name);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=crosscheck";
    }

    private void run(String... command) throws Unavailable {
        List<String> cmd = new ArrayList<>(asUser);
        cmd.addAll(List.of(command));
        try {
            Path out = Files.createTempFile("crosscheck-pg", ".out");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).directory(dir.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new Unavailable(String.join(" ", command) + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    String said = Files.readString(out, StandardCharsets.UTF_8).strip();
                    String log = Files.isRegularFile(dir.resolve("log")) ? Files.readString(dir.resolve("log")).strip() : "";
                    throw new Unavailable(Path.of(command[0]).getFileName() + " failed (exit " + p.exitValue() + "): "
                            + lastLine(said) + (log.isEmpty() ? "" : " / " + lastLine(log)));
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new Unavailable("cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static String lastLine(String s) {
        String[] lines = s.split("\\R");
        return lines[lines.length - 1];
    }

    private static int freePort() throws Unavailable {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new Unavailable("no free port: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (Files.isDirectory(dir.resolve("data"))) {
            try {
                run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            } catch (Unavailable ignored) {
                // not running: nothing to stop
            }
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
