package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared store: a real PostgreSQL server, started by the test (skipped, saying why, when none can be). */
class PostgresStoreTest extends CoverageStoreContract {

    private static ThrowawayPostgres server;
    private static String unavailable;
    private static int databases;

    @BeforeAll
    static void startServer() {
        try {
            server = ThrowawayPostgres.start();
        } catch (ThrowawayPostgres.Unavailable e) {
            unavailable = e.getMessage();
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    @BeforeEach
    void open() throws Exception {
        assumeTrue(server != null, () -> "skipped: no PostgreSQL server could be started: " + unavailable);
        super.open();
    }

    @Override
    StoreLocation freshLocation() throws Exception {
        return StoreLocation.of(server.createDatabase("t" + (++databases)), null, null);
    }

    @Override
    void execute(StoreLocation where, String sql) throws Exception {
        executeJdbc(where.jdbcUrl(), CoverageStore.POSTGRES_SCHEMA, sql);
    }

    @Test
    void theTablesLiveInASchemaOfTheirOwnBesideTheDatabasesOtherTables() throws Exception {
        executeJdbc(location.jdbcUrl(), "public", "CREATE TABLE public.article (unrelated TEXT)");
        store.close();

        store = CoverageStore.open(location);

        assertThat(store.stories()).isEmpty();
        assertThat(location.describe()).startsWith("PostgreSQL jdbc:postgresql://127.0.0.1:");
    }

    @Test
    void anUnreachableServerIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StoreLocation nowhere = StoreLocation.of("jdbc:postgresql://127.0.0.1:" + port + "/x?user=u&password=secret", null, null);

        assertThatThrownBy(() -> CoverageStore.open(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the store (PostgreSQL jdbc:postgresql://127.0.0.1:" + port)
                .hasMessageContaining("password=***").hasMessageNotContaining("secret").hasMessageNotContaining("\n");
    }
}
