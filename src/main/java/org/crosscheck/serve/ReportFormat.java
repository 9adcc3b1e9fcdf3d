package org.crosscheck.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crosscheck.report.CsvRenderer;
import org.crosscheck.report.HtmlRenderer;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.MarkdownRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.SarifRenderer;
import org.crosscheck.report.TextRenderer;

/** The report formats of {@code crosscheck check --format}, with the media type each is served as. */
enum ReportFormat {
    json("application/json"), text("text/plain"), csv("text/csv"), html("text/html"), markdown("text/markdown"),
    sarif("application/sarif+json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The renderer {@code crosscheck check} uses for this format (the draft check's text has its own). */
    Renderer renderer() {
        return switch (this) {
            case json -> new JsonRenderer();
            case text -> new TextRenderer();
            case csv -> new CsvRenderer();
            case html -> new HtmlRenderer();
            case markdown -> new MarkdownRenderer();
            case sarif -> new SarifRenderer();
        };
    }

    /** The format named {@code name}; null means the default, JSON. */
    static ReportFormat of(String name) throws ApiException {
        if (name == null) {
            return json;
        }
        try {
            return valueOf(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "format \"" + name + "\" is not one of " + names());
        }
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
