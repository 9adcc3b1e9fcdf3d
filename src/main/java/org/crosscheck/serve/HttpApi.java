package org.crosscheck.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.Pipeline;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.StoredArticle;
import org.crosscheck.store.StorySummary;

/**
 * The HTTP API of {@code crosscheck serve}: routes, authentication, limits and errors. Every error is a status
 * and {@code {"error": "one line"}}; nothing a client sends can make it answer with a stack trace.
 */
final class HttpApi implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> ARTICLE_FIELDS = Set.of("source", "published", "text", "html");
    private static final Set<String> DRAFT_FIELDS = Set.of("text", "published", "format", "file");
    /** Headers every response carries: no sniffing a JSON body into HTML, no caching of coverage, no referrer leaks. */
    private static final List<String[]> COMMON_HEADERS = List.of(new String[] {"X-Content-Type-Options", "nosniff"},
            new String[] {"Cache-Control", "no-store"}, new String[] {"Referrer-Policy", "no-referrer"},
            new String[] {"X-Frame-Options", "DENY"});
    /** The stored report is a static page: its inline styles may apply, nothing may run or load. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final CheckService service;
    private final String version;
    private final byte[] token;
    private final boolean loopbackOnly;
    private final long maxBody;
    private final EditorPage page;
    private final PrintWriter log;

    /**
     * @param token        the bearer token writes need, or null when none is configured (then only loopback is served)
     * @param loopbackOnly refuse requests whose Host is not this machine (against DNS rebinding of a token-less server)
     * @param maxBody      largest request body, in bytes
     */
    HttpApi(CheckService service, String version, String token, boolean loopbackOnly, long maxBody, PrintWriter log) {
        this.service = service;
        this.version = version;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
        this.maxBody = maxBody;
        this.page = EditorPage.load();
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (ApiException e) {
            if (e.allow() != null) {
                exchange.getResponseHeaders().set("Allow", e.allow());
            }
            error(exchange, e.status(), e.getMessage());
        } catch (StoreException e) {
            log("store error on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + ": " + e.getMessage());
            error(exchange, 503, e.getMessage());
        } catch (IOException e) {
            // the client went away mid-request: nothing to answer
        } catch (StackOverflowError e) {
            error(exchange, 422, "the text is too deeply repetitive to extract (a run of thousands of numbers?); shorten it");
        } catch (RuntimeException | Error e) {
            log("internal error on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + ": " + e);
            error(exchange, 500, "internal error: " + e.getClass().getSimpleName() + " (the server log has the request)");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange x) throws ApiException, StoreException, IOException {
        if (loopbackOnly) {
            checkHost(x);
        }
        String method = x.getRequestMethod();
        List<String> path = segments(x.getRequestURI().getRawPath());
        int n = path.size();
        if (n == 0) {
            allow(method, "GET");
            respond(x, 200, "text/html; charset=utf-8", page.html(), "Content-Security-Policy", page.policy());
        } else if (n == 1 && path.get(0).equals("health")) {
            allow(method, "GET");
            health(x);
        } else if (n >= 2 && path.get(0).equals("api") && path.get(1).equals("stories")) {
            if (n == 2) {
                allow(method, "GET");
                stories(x);
                return;
            }
            String story = story(path.get(2));
            if (n == 4 && path.get(3).equals("articles")) {
                allow(method, "GET");
                articles(x, story);
            } else if (n == 5 && path.get(3).equals("articles")) {
                String file = file(path.get(4));
                switch (method) {
                    case "PUT" -> put(x, story, file);
                    case "DELETE" -> delete(x, story, file);
                    case "GET" -> article(x, story, file);
                    default -> throw notAllowed("GET, PUT, DELETE");
                }
            } else if (n == 4 && path.get(3).equals("check")) {
                allow(method, "POST");
                check(x, story);
            } else if (n == 4 && path.get(3).equals("report")) {
                allow(method, "GET");
                ReportFormat format = ReportFormat.of(query(x, "format"));
                Rendered r = service.report(story, format);
                respond(x, 200, r.contentType(), r.body(), "Content-Security-Policy", REPORT_POLICY);
            } else {
                throw notFound(x);
            }
        } else {
            throw notFound(x);
        }
    }

    private void health(HttpExchange x) throws IOException, StoreException {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", "ok");
        n.put("version", version);
        n.put("stories", service.stories().size());
        n.put("extractionVersion", Pipeline.EXTRACTION_VERSION);
        n.put("store", service.store().location().embedded() ? "sqlite" : "postgresql");
        json(x, 200, n);
    }

    private void stories(HttpExchange x) throws IOException, StoreException {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode list = n.putArray("stories");
        for (StorySummary s : service.stories()) {
            ObjectNode o = list.addObject();
            o.put("story", s.story());
            o.put("articles", s.articles());
            o.put("claims", s.claims());
            o.put("changed", s.changed());
        }
        json(x, 200, n);
    }

    private void articles(HttpExchange x, String story) throws IOException, StoreException, ApiException {
        ObjectNode n = JSON.createObjectNode();
        n.put("story", story);
        ArrayNode list = n.putArray("articles");
        for (StoredArticle a : service.coverage(story).articles()) {
            summary(list.addObject(), a);
        }
        json(x, 200, n);
    }

    private void article(HttpExchange x, String story, String file) throws IOException, StoreException, ApiException {
        StoredArticle a = service.article(story, file);
        ObjectNode n = JSON.createObjectNode();
        n.put("story", story);
        summary(n, a);
        n.put("format", a.content().format());
        n.put("text", a.content().text());
        json(x, 200, n);
    }

    private static void summary(ObjectNode o, StoredArticle a) {
        o.put("file", a.file());
        o.put("source", a.content().source());
        if (a.content().published() == null) {
            o.putNull("published");
        } else {
            o.put("published", a.content().published().toString());
        }
        o.put("claims", a.mentions() == null ? a.claimCount() : a.mentions().size());
        o.put("extractionVersion", a.extractionVersion());
        o.put("stored", a.storedAt());
    }

    private void put(HttpExchange x, String story, String file) throws ApiException, IOException, StoreException {
        authorize(x);
        RequestBody body = RequestBody.read(x, maxBody, ARTICLE_FIELDS);
        String text = body.text("text");
        String html = body.text("html");
        if ((text == null) == (html == null)) {
            throw new ApiException(400, text == null ? "give the article as \"text\" (or \"html\")" : "give either \"text\" or \"html\", not both");
        }
        CheckService.Stored s = service.put(story, file, new CheckService.ArticleInput(body.text("source"), body.date("published"),
                text != null ? text : html, html != null));
        ObjectNode n = JSON.createObjectNode();
        n.put("story", story);
        n.put("file", file);
        n.put("created", s.created());
        n.put("source", s.article().source());
        if (s.article().published() == null) {
            n.putNull("published");
        } else {
            n.put("published", s.article().published().toString());
        }
        n.put("claims", s.claims());
        n.put("extractionVersion", Pipeline.EXTRACTION_VERSION);
        n.put("revision", s.revision());
        x.getResponseHeaders().set("Location", "/api/stories/" + story + "/articles/" + encode(file));
        json(x, s.created() ? 201 : 200, n);
    }

    private void delete(HttpExchange x, String story, String file) throws ApiException, IOException, StoreException {
        authorize(x);
        if (!service.delete(story, file)) {
            throw new ApiException(404, "story \"" + story + "\" has no article \"" + file + "\"");
        }
        for (String[] h : COMMON_HEADERS) {
            x.getResponseHeaders().set(h[0], h[1]);
        }
        x.sendResponseHeaders(204, -1);
    }

    private void check(HttpExchange x, String story) throws ApiException, IOException, StoreException {
        RequestBody body = RequestBody.read(x, maxBody, DRAFT_FIELDS);
        String text = body.text("text");
        if (text == null) {
            throw new ApiException(400, "give the draft as \"text\"");
        }
        String file = body.text("file");
        file = file == null || file.isBlank() ? CheckService.DRAFT_FILE : file(file);
        ReportFormat format = ReportFormat.of(body.text("format"));
        Rendered r = service.checkDraft(story, new CheckService.DraftInput(text, body.date("published"), file, format));
        respond(x, 200, r.contentType(), r.body(), "Content-Security-Policy", REPORT_POLICY);
    }

    /** Writes need the configured token; a missing or wrong one is a 401 before the body is read. */
    private void authorize(HttpExchange x) throws ApiException {
        if (token == null) {
            return;
        }
        String header = x.getRequestHeaders().getFirst("Authorization");
        x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"crosscheck\"");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "writes need the server's token: send Authorization: Bearer TOKEN");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // constant-time, so the token cannot be guessed a character at a time from response times
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiException(401, "the token is wrong: send the one in the server's --token-file or CROSSCHECK_TOKEN");
        }
        x.getResponseHeaders().remove("WWW-Authenticate");
    }

    /** A server without a token answers only to its own machine's names, so a web page cannot rebind a domain onto it. */
    private static void checkHost(HttpExchange x) throws ApiException {
        String host = x.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, Math.max(1, name.indexOf(']') + 1));
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (!(name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]"))) {
            throw new ApiException(403, "this server has no token and answers only requests for localhost; "
                    + "configure a token (--token-file) to serve other hosts");
        }
    }

    private static void allow(String method, String allowed) throws ApiException {
        if (!method.equals(allowed)) {
            throw notAllowed(allowed);
        }
    }

    private static ApiException notAllowed(String allowed) {
        return new ApiException(405, "use " + allowed + " here", allowed);
    }

    private static ApiException notFound(HttpExchange x) {
        return new ApiException(404, "no such endpoint: " + x.getRequestMethod() + " " + x.getRequestURI().getRawPath()
                + " (see GET /health, /api/stories, /api/stories/STORY/{articles,check,report})");
    }

    private static String story(String name) throws ApiException {
        if (!STORY.matcher(name).matches()) {
            throw new ApiException(400, "story name \"" + shorten(name) + "\" must be 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** An article's name in its story: a relative path ("a.txt", "wire/a.txt", sent as wire%2Fa.txt) that stays inside it. */
    static String file(String name) throws ApiException {
        boolean bad = name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.endsWith("/") || name.contains("\\")
                || name.contains("//") || name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        for (String part : name.split("/")) {
            bad |= part.equals(".") || part.equals("..");
        }
        if (bad) {
            throw new ApiException(400, "file name \"" + shorten(name) + "\" must be a relative path of at most 255 characters, "
                    + "without '..', backslashes or control characters");
        }
        return name;
    }

    /** The path's segments, each percent-decoded (a '+' stays a '+': this is a path, not a form). */
    private static List<String> segments(String rawPath) throws ApiException {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(decode(s));
            }
        }
        return out;
    }

    private static String decode(String s) throws ApiException {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new ApiException(400, "the path has a broken %-escape: " + shorten(s));
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ApiException(400, "the path is not UTF-8 once %-decoded: " + shorten(s));
        }
    }

    private static String query(HttpExchange x, String name) throws ApiException {
        String q = x.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1).replace('+', ' '));
            }
        }
        return null;
    }

    static String encode(String file) {
        return URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String s) {
        String shown = s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }

    private void json(HttpExchange x, int status, ObjectNode body) throws IOException {
        respond(x, status, "application/json; charset=utf-8", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n");
    }

    private void error(HttpExchange x, int status, String message) {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("error", message == null ? "error" : message.lines().findFirst().orElse("error"));
            if (status == 413) {
                // Read (and drop) what the client is still sending, within reason: closing a socket with unread
                // input resets it, and the reset can destroy this very answer before the client reads it.
                drain(x, DRAIN_LIMIT);
                x.getResponseHeaders().set("Connection", "close");
            }
            json(x, status, n);
        } catch (IOException | RuntimeException e) {
            // headers already sent, or the client is gone: nothing more can be said
        }
    }

    /** How much of an oversized body is read and dropped before answering 413. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private static void drain(HttpExchange x, long limit) {
        try {
            java.io.InputStream in = x.getRequestBody();
            byte[] buffer = new byte[65536];
            long read = 0;
            int n;
            while (read < limit && (n = in.read(buffer)) > 0) {
                read += n;
            }
        } catch (IOException e) {
            // the client stopped sending: nothing left to drain
        }
    }

    private static void respond(HttpExchange x, int status, String contentType, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (String[] h : COMMON_HEADERS) {
            x.getResponseHeaders().set(h[0], h[1]);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            x.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        x.getResponseHeaders().set("Content-Type", contentType);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void log(String line) {
        synchronized (log) {
            log.println("crosscheck serve: " + line.lines().findFirst().orElse(line));
            log.flush();
        }
    }
}
