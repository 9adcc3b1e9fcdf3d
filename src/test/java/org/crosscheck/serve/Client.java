package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client against a running server, with the few shapes of request the tests send. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    Client(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Client withToken(String t) {
        return new Client(base, t);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stores every article of the folder as its manifest describes it; returns the statuses. */
    java.util.List<Integer> putStory(String story, StoryFiles files) throws IOException, InterruptedException {
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (StoryFiles.File f : files.files()) {
            statuses.add(put(articlePath(story, f.name()), articleBody(f)).statusCode());
        }
        return statuses;
    }

    static String articlePath(String story, String file) {
        return "/api/stories/" + story + "/articles/" + HttpApi.encode(file);
    }

    /** The body of a PUT for the file: HTML files as "html", others as "text". */
    static String articleBody(StoryFiles.File f) {
        ObjectNode n = JSON.createObjectNode();
        if (f.source() != null) {
            n.put("source", f.source());
        }
        if (f.published() != null) {
            n.put("published", f.published());
        }
        n.put(f.name().endsWith(".html") ? "html" : "text", f.content());
        return n.toString();
    }

    static String draftBody(String text, String file, String format) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", text);
        if (file != null) {
            n.put("file", file);
        }
        if (format != null) {
            n.put("format", format);
        }
        return n.toString();
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
