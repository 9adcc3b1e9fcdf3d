package org.crosscheck.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.Pipeline;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.store.CoverageStore;

/**
 * {@code crosscheck serve} running: the JDK's HTTP server over the API, on a pool of worker threads.
 *
 * <p>The JDK server (jdk.httpserver) needs no dependency and is enough for a desk's traffic; the work per request
 * is extraction and the rules, not HTTP.
 */
public final class CheckServer implements AutoCloseable {

    /**
     * Some extractor patterns recurse once per character of a match, so workers get deep stacks, as the check
     * command does: a hostile article must not take a worker down. Only address space is reserved.
     */
    private static final long WORKER_STACK_BYTES = 1L << 30;

    private final HttpServer server;
    private final ExecutorService workers;
    private final CheckService service;

    private CheckServer(HttpServer server, ExecutorService workers, CheckService service) {
        this.server = server;
        this.workers = workers;
        this.service = service;
    }

    /**
     * What the server needs.
     *
     * @param address where to listen (port 0: any free port)
     * @param token   the bearer token writes need, or null: then the address must be a loopback one
     * @param threads worker threads
     * @param version the product version, for /health
     */
    public record Settings(InetSocketAddress address, String token, int threads, String version) {}

    /** Starts serving the store with the pipeline's rules; the caller keeps owning the store. */
    public static CheckServer start(CoverageStore store, Pipeline pipeline, Settings settings, PrintWriter log) throws IOException {
        if (settings.token() == null && !settings.address().getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("without a token the server listens on localhost only");
        }
        CheckService service = new CheckService(store, pipeline, Clock.systemDefaultZone(), log);
        // Bodies may carry an article at the article size limit, JSON-escaped: twice that, plus the other fields.
        long maxBody = 2 * CorpusReader.maxArticleBytes() + 64 * 1024;
        HttpApi api = new HttpApi(service, settings.version(), settings.token(), settings.token() == null, maxBody, log);
        HttpServer server = HttpServer.create(settings.address(), 256);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(null, r, "crosscheck-serve-" + n.incrementAndGet(), WORKER_STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        server.createContext("/", api);
        server.setExecutor(workers);
        server.start();
        return new CheckServer(server, workers, service);
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The page's address. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Extracts again the stored claims an older extraction version made; returns how many articles. */
    public int upgradeStaleClaims() throws org.crosscheck.store.StoreException {
        return service.upgradeStaleClaims();
    }

    /** Stops accepting, lets running requests finish (up to a second), stops the workers. The store stays open. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
