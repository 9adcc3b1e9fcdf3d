package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `crosscheck serve` refuses what it cannot serve with exit 2 and one line, before it listens. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {}

    private static Run serve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void refusedWithOneLine(Run r, String says) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("crosscheck: ").contains(says).doesNotContain("\n").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void listeningBeyondLocalhostNeedsAToken() {
        refusedWithOneLine(serve("--bind", "0.0.0.0", "--data", temp.toString()), "needs a token");
    }

    @Test
    void aMissingTokenFileIsNamed() {
        refusedWithOneLine(serve("--token-file", temp.resolve("nope").toString(), "--data", temp.toString()), "cannot be read");
    }

    @Test
    void aShortTokenIsRefused() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "short\n");

        refusedWithOneLine(serve("--token-file", token.toString(), "--data", temp.toString()), "use at least 16");
    }

    @Test
    void anEmptyTokenFileIsRefused() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "\n");

        refusedWithOneLine(serve("--token-file", token.toString(), "--data", temp.toString()), "the first line is empty");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefused() {
        refusedWithOneLine(serve("--db", "jdbc:mysql://localhost/x"), "jdbc:postgresql://");
    }

    @Test
    void aPostgresServerThatDoesNotAnswerIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        refusedWithOneLine(serve("--db", "jdbc:postgresql://127.0.0.1:" + port + "/desk"), "cannot open the store (PostgreSQL");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedWithOneLine(serve("--port", String.valueOf(taken.getLocalPort()), "--data", temp.toString()),
                    "is another server running there?");
        }
    }

    @Test
    void aDataFolderThatCannotBeMadeIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");

        refusedWithOneLine(serve("--data", file.resolve("sub").toString()), "cannot create the data folder");
    }
}
