package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal: its status, and one line of JSON saying what to do, never a stack trace. */
class ServeErrorsTest {

    static final String TOKEN = "s3cret-token-for-tests-0123456789";
    @TempDir
    static Path temp;
    static RunningServer open;
    static RunningServer guarded;

    @BeforeAll
    static void start() throws Exception {
        Pipeline pipeline = Pipeline.withRules(Path.of("rules"));
        open = RunningServer.embedded(pipeline, temp.resolve("open"), null);
        guarded = RunningServer.embedded(pipeline, temp.resolve("guarded"), TOKEN);
        assertThat(open.client.putStory("talks", StoryFiles.of(Path.of("fixtures", "draft-talks", "coverage")))).containsOnly(201);
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
    }

    /** The error as a client sees it: the status, and the one line under "error". */
    private static String refusal(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode n = Client.json(r);
        assertThat(n.fieldNames()).toIterable().containsExactly("error");
        String message = n.get("error").asText();
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
        return message;
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // method | path | content type | body | status | part of the message
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": | 400 | invalid JSON at line 1",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | [1, 2] | 400 | must be a JSON object",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | '' | 400 | the body is empty",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": \"a\", \"text\": \"b\"} | 400 | invalid JSON",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"pubished\": \"2025-10-23\", \"text\": \"x\"} | 400 | unknown field \"pubished\"",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"source\": \"S\"} | 400 | give the article as \"text\"",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": \"a\", \"html\": \"<p>a</p>\"} | 400 | either \"text\" or \"html\", not both",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": 12} | 400 | \"text\" must be a string",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": \"x\", \"published\": \"2025-02-30\"} | 400 | is not a real date",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": \"x\", \"published\": \"23/10/2025\"} | 400 | publication date",
        "PUT  | /api/stories/talks/articles/x.txt | application/json | {\"text\": \"  \\u00a0 \"} | 400 | empty",
        "PUT  | /api/stories/bad%20name/articles/x.txt | application/json | {\"text\": \"x\"} | 400 | story name",
        "PUT  | /api/stories/talks/articles/..%2Fescape.txt | application/json | {\"text\": \"x\"} | 400 | file name",
        "PUT  | /api/stories/talks/articles/a%00b.txt | application/json | {\"text\": \"x\"} | 400 | file name",
        "PUT  | /api/stories/talks/articles/a%C3.txt | application/json | {\"text\": \"x\"} | 400 | not UTF-8 once %-decoded",
        "POST | /api/stories/talks/check | application/json | {\"text\": \"x\", \"format\": \"pdf\"} | 400 | format \"pdf\" is not one of",
        "POST | /api/stories/talks/check | application/json | {\"format\": \"json\"} | 400 | give the draft as \"text\"",
        "POST | /api/stories/talks/check | application/json | {\"text\": \"\"} | 400 | empty",
        "GET  | /api/stories/talks/report?format=docx | - | - | 400 | format \"docx\"",
        "PUT  | /api/stories/talks/articles/x.txt | text/plain | {\"text\": \"x\"} | 415 | Content-Type: application/json",
        "PUT  | /api/stories/talks/articles/x.txt | - | {\"text\": \"x\"} | 415 | no Content-Type was given",
        "POST | /api/stories/talks/check | application/x-www-form-urlencoded | text=x | 415 | Content-Type: application/json",
        "GET  | /api/nothing-here | - | - | 404 | no such endpoint",
        "GET  | /api/stories/no-such-story/report | - | - | 404 | no story \"no-such-story\"",
        "POST | /api/stories/no-such-story/check | application/json | {\"text\": \"x\"} | 404 | no story \"no-such-story\"",
        "GET  | /api/stories/talks/articles/missing.txt | - | - | 404 | has no article \"missing.txt\"",
        "DELETE | /api/stories/talks/articles/missing.txt | - | - | 404 | has no article \"missing.txt\"",
        "POST | /health | application/json | {} | 405 | use GET here",
        "GET  | /api/stories/talks/check | - | - | 405 | use POST here",
    })
    void aBadRequestIsRefusedWithItsStatusAndOneLine(String method, String path, String type, String body, int status, String says)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(open.client.uri(path.strip()));
        HttpRequest.BodyPublisher publisher = body.strip().equals("-") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.strip(), StandardCharsets.UTF_8);
        request.method(method.strip(), publisher);
        if (!type.strip().equals("-")) {
            request.header("Content-Type", type.strip());
        }

        HttpResponse<String> r = open.client.send(request);

        assertThat(refusal(r, status)).contains(says.strip());
    }

    @Test
    void aMethodNotAllowedNamesTheAllowedOnes() throws Exception {
        HttpResponse<String> r = open.client.send(HttpRequest.newBuilder(open.client.uri("/api/stories/talks/articles/x.txt"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

        assertThat(refusal(r, 405)).contains("GET, PUT, DELETE");
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, PUT, DELETE");
    }

    @Test
    void aBodyOverTheLimitIs413AndTheServerGoesOn() throws Exception {
        String huge = "{\"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";

        assertThat(refusal(open.client.put("/api/stories/talks/articles/huge.txt", huge), 413)).contains("larger than");
        assertThat(open.client.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void anArticleOverTheArticleLimitIs413EvenInASmallEnoughBody() throws Exception {
        String big = "{\"text\": \"" + "word ".repeat(450_000) + "\"}"; // 2.1 MB of text: over the 2 MB an article may have

        assertThat(refusal(open.client.put("/api/stories/talks/articles/big.txt", big), 413)).contains("an article may have");
        assertThat(open.client.get("/api/stories/talks/articles/big.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void writesNeedTheTokenWhenOneIsConfigured() throws Exception {
        Client none = guarded.client.withToken(null);
        Client wrong = guarded.client.withToken("not-the-token-but-long-enough");
        String body = "{\"text\": \"Rates rose 5% on Friday.\"}";

        HttpResponse<String> missing = none.put("/api/stories/s/articles/a.txt", body);
        assertThat(refusal(missing, 401)).contains("Authorization: Bearer");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refusal(wrong.put("/api/stories/s/articles/a.txt", body), 401)).contains("token is wrong");
        assertThat(refusal(none.delete("/api/stories/s/articles/a.txt"), 401)).contains("token");
        assertThat(guarded.client.put("/api/stories/s/articles/a.txt", body).statusCode()).isEqualTo(201);
        assertThat(refusal(wrong.delete("/api/stories/s/articles/a.txt"), 401)).contains("token is wrong");
        // reads and draft checks need no token
        assertThat(none.get("/api/stories").statusCode()).isEqualTo(200);
        assertThat(none.post("/api/stories/s/check", "{\"text\": \"Rates rose 7% on Friday.\"}").statusCode()).isEqualTo(200);
        assertThat(guarded.client.delete("/api/stories/s/articles/a.txt").statusCode()).isEqualTo(204);
    }

    @Test
    void aServerWithoutATokenRefusesRequestsForOtherHostNames() throws Exception {
        // HttpClient will not send another Host header, so this one is written by hand, as a rebinding page's browser would.
        String response = raw("GET /api/stories HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 403").contains("answers only requests for localhost");
    }

    @Test
    void aPathThatIsNotAUriIsRefusedByTheHttpLayerAndTheServerGoesOn() throws Exception {
        // java.net.URI will not even build this path, so it is written by hand; the JDK's HTTP server answers it with
        // its own 400 page before any handler sees the request.
        String response = raw("GET /api/stories/talks/articles/a%ZZ.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(open.client.get("/health").statusCode()).isEqualTo(200);
    }

    /** Sends the request bytes as written and returns the whole response. */
    private static String raw(String request) throws Exception {
        URI uri = open.client.uri("/");
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            in.transferTo(got);
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBrokenStoreIsA503WithOneLineAndNoTrace() throws Exception {
        Pipeline pipeline = Pipeline.withRules(Path.of("rules"));
        try (RunningServer s = RunningServer.embedded(pipeline, temp.resolve("broken"), null)) {
            s.store.close(); // the database goes away under a running server

            String message = refusal(s.client.get("/api/stories"), 503);

            assertThat(message).startsWith("the store could not list stories");
            assertThat(s.log.toString()).contains("store error on GET /api/stories").doesNotContain("\tat ");
        }
    }

    @Test
    void theUnreadableDraftFileNameIsRefusedLikeAnArticles() throws Exception {
        String body = Client.draftBody(Files.readString(Path.of("fixtures/draft-talks/draft-wrong.md")), "../x.md", null);

        assertThat(refusal(open.client.post("/api/stories/talks/check", body), 400)).contains("file name");
    }
}
