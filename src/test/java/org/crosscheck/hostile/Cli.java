package org.crosscheck.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.cli.Main;

/** Runs the command line in-process and keeps what it printed, for table-driven tests. */
record Cli(int exit, String out, String err) {

    static final Path RULES = Path.of("rules").toAbsolutePath();
    static final Path FIXTURE = Path.of("fixtures", "trade-talks-kl").toAbsolutePath();
    /** A real article that yields claims; tests copy it beside hostile files to show the good ones still count. */
    static final String GOOD = read(FIXTURE.resolve("000_6edb10fc74c1f9b2.txt"));

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(exit, out.toString(), err.toString());
    }

    /** {@code check --format json --fail-on never --rules rules/ ARGS...}: exit 0 unless the input is unusable. */
    static Cli checkJson(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never", "--rules", RULES.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out, e);
        }
    }

    List<String> warnings() {
        List<String> w = new ArrayList<>();
        json().get("warnings").forEach(n -> w.add(n.asText()));
        return w;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, String text) {
        return write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
