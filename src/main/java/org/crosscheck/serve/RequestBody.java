package org.crosscheck.serve;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.PublicationDate;

/** A request's JSON object, read within the size limit, with its fields checked: every refusal is one line. */
final class RequestBody {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode object;

    private RequestBody(JsonNode object) {
        this.object = object;
    }

    /** Reads the body: 415 unless it is declared JSON, 413 over {@code maxBytes}, 400 unless it is one JSON object. */
    static RequestBody read(HttpExchange exchange, long maxBytes, Set<String> allowed) throws ApiException, IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ApiException(415, "send the body as JSON with Content-Type: application/json"
                    + (type == null ? " (no Content-Type was given)" : " (not " + type + ")"));
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            } catch (NumberFormatException e) {
                throw new ApiException(400, "Content-Length \"" + length + "\" is not a number");
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonParseException e) {
            throw new ApiException(400, "invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + problem(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid JSON: " + problem(e));
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(400, "the body is empty: send a JSON object");
        }
        if (!node.isObject()) {
            throw new ApiException(400, "the body must be a JSON object, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!allowed.contains(n)) {
                unknown.add("\"" + n + "\"");
            }
        }
        if (!unknown.isEmpty()) {
            // A typo such as "pubished" must not be ignored silently: the article would be stored without its date.
            throw new ApiException(400, "unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; the fields are " + String.join(", ", allowed.stream().sorted().map(s -> "\"" + s + "\"").toList()));
        }
        return new RequestBody(node);
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, String.format(Locale.ROOT, "the body is larger than the %.1f MB a request may have", maxBytes / 1048576.0));
    }

    /** A string field, or null when absent or JSON null; 400 when it is something else. */
    String text(String field) throws ApiException {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(400, "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    /** A publication date field (YYYY-MM-DD and the forms manifests accept), or null. */
    LocalDate date(String field) throws ApiException {
        String v = text(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return PublicationDate.parse(v, "\"" + field + "\"");
        } catch (InputException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        m = m.lines().findFirst().orElse("syntax error").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
