package org.crosscheck.normalize;

import java.util.List;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;

/**
 * A normalized statement of one article about one event, the fact the rules reason over.
 *
 * @param id         stable id ("a2.c7": article a2, seventh claim)
 * @param article    article id
 * @param source     the article's source
 * @param published  the article's publication date (ISO) or null
 * @param kind       what sort of value
 * @param role       which moment of the event a date names, or VALUE
 * @param event      the event the claim is about, shared by aligned claims of all articles
 * @param attribute  what of the event is stated ("start date", "rate", "count of people")
 * @param scale      what low/high measure; only claims on the same scale compare
 * @param low        lowest value the text allows, tolerance and hedges included
 * @param high       highest value the text allows
 * @param value      the normalized value as a person reads it
 * @param precision  "day", "month", "exact", "approximate", ...
 * @param confidence how sure the tool is of the value and its event, 0..1
 * @param comparable false for claims too vague to contradict anything; rules skip them
 * @param text       the exact quote
 * @param start      quote start (Java String index into the article text)
 * @param end        quote end
 * @param sentence   the sentence the quote stands in
 * @param head       the word the value is about, as an alignment feature ("talk", "tariff", "meet")
 * @param cue        the word that set the role, or empty
 * @param evidence   the context words shared with the event's other claims (why it was aligned)
 */
public record Claim(String id, String article, String source, String published, ClaimKind kind, Role role,
                    String event, String attribute, String scale, double low, double high, String value,
                    String precision, double confidence, boolean comparable, String text, int start, int end,
                    String sentence, String head, String cue, List<String> evidence) {
    public Claim {
        evidence = List.copyOf(evidence);
    }

    /** Earliest day the event can start by this claim: a span's first day, or the claim's own range. */
    public double getStartFrom() {
        return low;
    }

    /** Latest day the event can start by this claim. */
    public double getStartTo() {
        return role == Role.SPANS ? low : high;
    }

    /** Earliest day the event can end by this claim. */
    public double getEndFrom() {
        return role == Role.SPANS ? high : low;
    }

    /** Latest day the event can end by this claim. */
    public double getEndTo() {
        return high;
    }

    /** Width of the claim's range: 0 for a day, about 30 for a month. */
    public double getWidth() {
        return high - low;
    }

    /** True when the two claims' value ranges share at least one value. */
    public boolean overlaps(Claim other) {
        return low <= other.high && other.low <= high;
    }
}
