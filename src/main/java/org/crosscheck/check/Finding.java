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
 */
public record Finding(String id, String fingerprint, String rule, Severity severity, String category, String event,
                      String attribute, String message, String explanation, List<String> claims,
                      List<ValueGroup> values, double confidence) {
    public Finding {
        claims = List.copyOf(claims);
        values = List.copyOf(values);
    }

    /**
     * One of the competing values and the claims that state it.
     *
     * @param value   the normalized value
     * @param claims  ids of the claims stating it
     * @param sources the sources, in article order
     */
    public record ValueGroup(String value, List<String> claims, List<String> sources) {
        public ValueGroup {
            claims = List.copyOf(claims);
            sources = List.copyOf(sources);
        }
    }
}
