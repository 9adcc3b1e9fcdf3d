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
 * @param context    the claim's context words with their weights (1 beside the value, falling with distance)
 * @param names      which of those words are names of people, places or organisations
 * @param actors     the name right before the value, if any: who acts
 * @param frame      what the value measures or dates, who it is about and its qualifiers: what claims are aligned on
 * @param alignment  how sure the aligner was, as log-odds, when it put this claim with others that give another value;
 *                   infinite when it never did
 */
public record Claim(String id, String article, String source, String published, ClaimKind kind, Role role,
                    String event, String attribute, String scale, double low, double high, String value,
                    String precision, double confidence, boolean comparable, String text, int start, int end,
                    String sentence, String head, String cue, List<String> evidence,
                    java.util.Map<String, Double> context, java.util.Set<String> names,
                    java.util.Set<String> actors, org.crosscheck.extract.frame.ClaimFrame frame, double alignment) {
    public Claim {
        evidence = List.copyOf(evidence);
        context = java.util.Map.copyOf(context);
        names = java.util.Set.copyOf(names);
        actors = java.util.Set.copyOf(actors);
        frame = frame == null ? org.crosscheck.extract.frame.ClaimFrame.EMPTY : frame;
    }

    /**
     * True when one of two counts reads as an update of the other: the higher one published on a later day than the
     * lower one, and neither tied to a past year. A toll that rises from one day's coverage to the next is news, not a
     * contradiction; a later source giving a lower figure is.
     */
    public boolean updates(Claim other) {
        if (published == null || other.published == null || published.equals(other.published)
                || !frame.anchor().isEmpty() || !other.frame.anchor().isEmpty()) {
            return false;
        }
        boolean later = published.compareTo(other.published) > 0;
        return later ? low > other.high : other.low > high;
    }

    /** The same claim about another event (for baselines and experiments that regroup claims). */
    public Claim withEvent(String otherEvent) {
        return new Claim(id, article, source, published, kind, role, otherEvent, attribute, scale, low, high, value, precision,
                confidence, comparable, text, start, end, sentence, head, cue, evidence, context, names, actors, frame, alignment);
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

    /**
     * True when two exact figures stated to different digits agree once the finer one is cut to the coarser one's
     * last digit, whichever way its writer rounded: "75.7%" and a headline's "75%", a timer's "12.586" and the
     * official "12.59" (sprint times are rounded up). Figures stated to the same digit get no such allowance.
     */
    public boolean agreesWhenRounded(Claim other) {
        if (!"exact".equals(precision) || !"exact".equals(other.precision) || kind != other.kind) {
            return false;
        }
        double unit = (high - low) / 0.98;  // an exact figure allows 0.49 of its last digit either way
        double otherUnit = (other.high - other.low) / 0.98;
        if (!(unit > 0) || !(otherUnit > 0) || Math.max(unit, otherUnit) < 5 * Math.min(unit, otherUnit)) {
            return false;
        }
        double coarse = Math.max(unit, otherUnit);
        return Math.abs((low + high) / 2 - (other.low + other.high) / 2) < coarse * 0.999;
    }

    /** True when the zone of this time was inferred from the places the article names, not written beside it. */
    public boolean zoneInferred() {
        return kind == ClaimKind.TIME && cue.startsWith(ClaimNormalizer.INFERRED_ZONE);
    }

    /**
     * True when two times of day agree once one is moved by an hour and the zone of either was inferred: the zone of
     * a place is sure, whether its clocks were on daylight time that day is not when the sentence names no day
     * ("8:50 p.m." in a story published in winter about a summer evening).
     */
    public boolean agreesWithinDaylightHour(Claim other) {
        if (kind != ClaimKind.TIME || other.kind != ClaimKind.TIME || !zoneInferred() && !other.zoneInferred()) {
            return false;
        }
        for (int shift : new int[] {-60, 60}) {
            double lo = Math.floorMod((long) Math.floor(low + shift), 1440L) + (low - Math.floor(low));
            double hi = lo + (high - low);
            if (lo <= other.high && other.low <= hi) {
                return true;
            }
        }
        return false;
    }

    /** True when the two claims' value ranges share at least one value. */
    public boolean overlaps(Claim other) {
        return low <= other.high && other.low <= high;
    }
}
