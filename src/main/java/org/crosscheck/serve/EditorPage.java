package org.crosscheck.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The editor's page: one document with its style and script inline, and a Content-Security-Policy that allows
 * exactly those two (by hash), requests to this server and nothing else: no external resource, no other script.
 */
final class EditorPage {

    private final String html;
    private final String policy;

    private EditorPage(String html, String policy) {
        this.html = html;
        this.policy = policy;
    }

    static EditorPage load() {
        String style = resource("editor.css");
        String script = resource("editor.js");
        String html = resource("editor.html").replace("/*STYLE*/", style).replace("/*SCRIPT*/", script);
        String policy = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style) + "'; "
                + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return new EditorPage(html, policy);
    }

    String html() {
        return html;
    }

    /** The Content-Security-Policy header the page is served with. */
    String policy() {
        return policy;
    }

    private static String resource(String name) {
        try (InputStream in = EditorPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks org/crosscheck/serve/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
