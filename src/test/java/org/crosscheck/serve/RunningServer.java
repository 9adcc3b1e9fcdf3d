package org.crosscheck.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.crosscheck.Pipeline;
import org.crosscheck.store.CoverageStore;
import org.crosscheck.store.StoreLocation;

/** A server started in the test's JVM on a free loopback port, over its own store. */
final class RunningServer implements AutoCloseable {

    final CoverageStore store;
    final CheckServer server;
    final Client client;
    final StringWriter log = new StringWriter();

    RunningServer(Pipeline pipeline, StoreLocation location, String token) throws Exception {
        store = CoverageStore.open(location);
        server = CheckServer.start(store, pipeline, new CheckServer.Settings(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), token, 4, "test"), new PrintWriter(log, true));
        client = new Client(server.uri(), token);
    }

    static RunningServer embedded(Pipeline pipeline, Path dataDir, String token) throws Exception {
        return new RunningServer(pipeline, StoreLocation.embedded(dataDir), token);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
