package org.crosscheck.check;

import java.util.List;

/**
 * One contradiction between sources about one attribute of one event, with the evidence.
 *
 * @param id          "F1", "F2", ... in report order
 * @param fingerprint stable across runs and small edits elsewhere in the articles
 * @param rule        the rule that fired
 * @param severity    the rule's severity
 * @param category    the rule's category
 * @param event       the event the claims are about
 * @param attribute   what of the event the claims disagree on
 * @param message     one sentence for a person
 * @param explanation why these values cannot all hold
 * @param claims      ids of the claims involved, ordered
 * @param values      the competing values and who states each
 * @param confidence  how sure the tool is, 0..1
 * @param copying     copies that give another value than the story they repeat, in claim order
 */
public record Finding(String id, String fingerprint, String rule, Severity severity, String category, String event,
                      String attribute, String message, String explanation, List<String> claims,
                      List<ValueGroup> values, double confidence, List<Copying> copying) {
    public Finding {
        claims = List.copyOf(claims);
        values = List.copyOf(values);
        copying = List.copyOf(copying);
    }

    /** A finding with no copy changing what it repeats. */
    public Finding(String id, String fingerprint, String rule, Severity severity, String category, String event,
                   String attribute, String message, String explanation, List<String> claims,
                   List<ValueGroup> values, double confidence) {
        this(id, fingerprint, rule, severity, category, event, attribute, message, explanation, claims, values, confidence, List.of());
    }

    /** The same finding under another id. */
    public Finding withId(String newId) {
        return new Finding(newId, fingerprint, rule, severity, category, event, attribute, message, explanation, claims, values,
                confidence, copying);
    }

    /**
     * One of the competing values and the claims that state it.
     *
     * @param value    the normalized value
     * @param claims   ids of the claims stating it
     * @param sources  the sources, in article order
     * @param articles how many articles state it
     * @param origins  the independent origins behind it, each named for its likeliest original source; a copy that
     *                 changed what it repeats is an origin of its own for the value it gave
     */
    public record ValueGroup(String value, List<String> claims, List<String> sources, int articles, List<String> origins) {
        public ValueGroup {
            claims = List.copyOf(claims);
            sources = List.copyOf(sources);
            origins = List.copyOf(origins);
        }

        /** A value whose sources are taken as independent: one origin per source. */
        public ValueGroup(String value, List<String> claims, List<String> sources) {
            this(value, claims, sources, (int) claims.stream().map(c -> c.contains(".") ? c.substring(0, c.indexOf('.')) : c).distinct().count(),
                    sources);
        }
    }

    /**
     * A copy that gives another value than the story it repeats: "X repeats Reuters' story but says Friday where
     * Reuters says Saturday".
     *
     * @param claim       the copy's claim
     * @param source      the copy's source
     * @param origin      the origin it repeats, named for its likeliest original source
     * @param value       what the copy says
     * @param originValue what the origin says
     * @param sentence    the whole statement, for a person
     */
    public record Copying(String claim, String source, String origin, String value, String originValue, String sentence) {}
}
