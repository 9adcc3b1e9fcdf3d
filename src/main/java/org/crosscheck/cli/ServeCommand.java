package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.Pipeline;
import org.crosscheck.check.RuleException;
import org.crosscheck.serve.CheckServer;
import org.crosscheck.store.CoverageStore;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck serve}: the pre-publish check service, with its coverage store and the editors' page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the pre-publish check over HTTP: store a story's coverage, check drafts against it, "
                + "and a page for editors at /.",
                "Writes need a token (--token-file or CROSSCHECK_TOKEN); without one the server listens on localhost only."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1 without a token, "
            + "every interface with one).")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "crosscheck-data",
            description = "Folder of the embedded store (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL database instead of the embedded store, "
            + "e.g. jdbc:postgresql://host/db (user and password from CROSSCHECK_DB_USER and CROSSCHECK_DB_PASSWORD, or the URL).")
    String db;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File whose first line is the token writes need "
            + "(Authorization: Bearer TOKEN). CROSSCHECK_TOKEN also sets it.")
    Path tokenFile;

    @Option(names = "--threads", defaultValue = "8", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String token;
        InetSocketAddress address;
        StoreLocation location;
        try {
            token = token();
            address = address(token);
            location = db == null ? StoreLocation.embedded(data)
                    : StoreLocation.of(db, System.getenv("CROSSCHECK_DB_USER"), System.getenv("CROSSCHECK_DB_PASSWORD"));
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("--threads " + threads + ": give 1 to 256");
            }
        } catch (IllegalArgumentException | StoreException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        Pipeline pipeline;
        try {
            pipeline = Pipeline.withRules(rulesOption.folder());
        } catch (RuleException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        CoverageStore store;
        try {
            store = CoverageStore.open(location);
        } catch (StoreException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        CheckServer server;
        try {
            server = CheckServer.start(store, pipeline, new CheckServer.Settings(address, token, threads, version()), err);
        } catch (BindException e) {
            store.close();
            err.println("crosscheck: cannot listen on " + address.getAddress().getHostAddress() + ":" + address.getPort()
                    + " (" + e.getMessage() + "); is another server running there? Choose another --port");
            return Main.INPUT_ERROR;
        } catch (IOException e) {
            store.close();
            err.println("crosscheck: cannot start the server: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        out.println("crosscheck serve: store " + location.describe() + " (schema version " + store.schemaVersion() + ")");
        if (token == null) {
            out.println("crosscheck serve: no token configured (--token-file or CROSSCHECK_TOKEN): listening on localhost only, writes open to local users");
        } else {
            out.println("crosscheck serve: writes need the token (Authorization: Bearer ...)");
        }
        out.println("crosscheck serve: listening on " + server.uri() + " (page at /, API under /api, Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "crosscheck-serve-stop"));
        // Claims stored by an older extraction version are extracted again in the background; checks do it on demand.
        Thread upgrade = new Thread(() -> {
            try {
                int n = server.upgradeStaleClaims();
                if (n > 0) {
                    out.println("crosscheck serve: claims of " + n + " articles extracted again (extraction version " + Pipeline.EXTRACTION_VERSION + ")");
                    out.flush();
                }
            } catch (StoreException | RuntimeException e) {
                err.println("crosscheck serve: could not extract stale claims again: " + e.getMessage());
                err.flush();
            }
        }, "crosscheck-serve-upgrade");
        upgrade.setDaemon(true);
        upgrade.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The token from --token-file (its first line) or CROSSCHECK_TOKEN, or null. */
    private String token() {
        String t;
        if (tokenFile != null) {
            try {
                t = Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("--token-file " + tokenFile + ": cannot be read (" + e.getMessage() + ")");
            }
            if (t.isEmpty()) {
                throw new IllegalArgumentException("--token-file " + tokenFile + ": the first line is empty; write the token there");
            }
        } else {
            t = System.getenv("CROSSCHECK_TOKEN");
            if (t != null && t.isBlank()) {
                throw new IllegalArgumentException("CROSSCHECK_TOKEN is set but empty; set it to the token or unset it");
            }
        }
        if (t != null && t.length() < 16) {
            throw new IllegalArgumentException("the token is " + t.length() + " characters; use at least 16 (e.g. openssl rand -hex 24)");
        }
        return t == null ? null : t.strip();
    }

    private InetSocketAddress address(String token) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + ": give 0 to 65535");
        }
        String host = bind != null ? bind : token == null ? "127.0.0.1" : "0.0.0.0";
        InetAddress a;
        try {
            a = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + host + ": not an address of this machine");
        }
        if (token == null && !a.isLoopbackAddress()) {
            throw new IllegalArgumentException("--bind " + host + " needs a token (--token-file or CROSSCHECK_TOKEN): "
                    + "without one anyone on the network could change the coverage");
        }
        return new InetSocketAddress(a, port);
    }

    /** The product version, as `crosscheck --version` prints it. */
    static String version() {
        String[] v = Main.class.getAnnotation(Command.class).version();
        return v.length == 0 ? "unknown" : v[0].replaceFirst("^crosscheck\\s+", "");
    }
}
