package org.crosscheck.serve;

/**
 * A report rendered for a response.
 *
 * @param contentType the media type with its charset
 * @param body        the report, exactly as {@code crosscheck check} prints it
 */
record Rendered(String contentType, String body) {}
