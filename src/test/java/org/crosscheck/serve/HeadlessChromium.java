package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client: a page is opened,
 * typed into and read back as a person's browser builds it, with no driver library.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Overridable (-Dcrosscheck.chromium=...) so the skip path can be exercised too. */
    static final Path CHROMIUM = Path.of(System.getProperty("crosscheck.chromium", "/usr/bin/chromium"));

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("crosscheck-chromium");
        // The flags this machine needs: no sandbox as root, and no background traffic to hosts it cannot reach.
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "--window-size=1200,1600", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isRegularFile(active) || Files.readAllLines(active).size() < 2) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("chromium did not open its DevTools port within 60 s");
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = Client.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode t : targets) {
            if (t.get("type").asText().equals("page")) {
                pageSocket = t.get("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium has no page to drive");
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(pageSocket),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String message = partial.toString();
                            partial.setLength(0);
                            self[0].received(message);
                        }
                        w.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(p, profile, ws);
        return self[0];
    }

    private void received(String message) {
        try {
            JsonNode n = Client.JSON.readTree(message);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = replies.remove(n.get("id").asInt());
                if (f != null) {
                    f.complete(n);
                }
            }
        } catch (IOException ignored) {
            // not a message we asked for
        }
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode n = Client.JSON.createObjectNode();
        n.put("id", id);
        n.put("method", method);
        n.set("params", Client.JSON.valueToTree(params));
        socket.sendText(n.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.get("result");
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Waits until the expression is true in the page. */
    void waitFor(String expression, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!eval("!!(" + expression + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never showed " + expression);
            }
            Thread.sleep(50);
        }
    }

    void open(URI page) throws Exception {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", page.toString()));
        waitFor("document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** Types text as a keyboard would: one key event per character (a newline is Enter). */
    void type(String text) throws Exception {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13, "text", "\r"));
                call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
            } else {
                call("Input.dispatchKeyEvent", Map.of("type", "char", "text", String.valueOf(c)));
            }
        }
    }

    /** Pastes text at the cursor, as Ctrl-V would. */
    void paste(String text) throws Exception {
        call("Input.insertText", Map.of("text", text));
    }

    byte[] screenshot() throws Exception {
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data").asText());
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        // Chromium's helper processes (renderer, GPU, network) outlive the browser process and go on writing to the
        // profile's cache: stop them first, else deleting the profile races their writes
        java.util.List<ProcessHandle> helpers = process.descendants().toList();
        helpers.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle h : helpers) {
                h.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a helper that does not exit in time: the deletion below tolerates its last files
        }
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException e) {
                // a file vanished while the tree was walked: walk again
            }
        }
    }

    static List<String> list(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
