package org.crosscheck.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.crosscheck.cli.Main;

/** What `crosscheck ARGS` prints, run in this JVM as the launcher would run it. */
final class CliOutput {
    private CliOutput() {}

    static String of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code > 1) {
            throw new IllegalStateException("crosscheck " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
