package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one command line printed and returned, run in-process as the {@code crosscheck} launcher would run it. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
