package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a SQLite file under the data folder. */
class SqliteStoreTest extends CoverageStoreContract {

    @TempDir
    Path temp;
    private int n;

    @Override
    StoreLocation freshLocation() {
        return StoreLocation.embedded(temp.resolve("data-" + (++n)));
    }

    @Override
    void execute(StoreLocation where, String sql) throws Exception {
        executeJdbc(where.jdbcUrl(), null, sql);
    }

    @Test
    void theDataFolderIsCreatedWithOneDatabaseFileInIt() {
        assertThat(location.file()).exists();
        assertThat(location.file().getParent().getFileName().toString()).startsWith("data-");
        assertThat(location.describe()).startsWith("embedded SQLite ").endsWith(StoreLocation.EMBEDDED_FILE);
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsOneClearLine() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        assertThatThrownBy(() -> CoverageStore.open(StoreLocation.embedded(file.resolve("data"))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create the data folder")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aUrlThatIsNeitherPostgresNorSqliteIsRefused() {
        assertThatThrownBy(() -> StoreLocation.of("jdbc:mysql://host/db", null, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("jdbc:postgresql://");
    }
}
