package org.crosscheck.extract;

import java.util.Map;

/**
 * A value stated in one article, as the text says it, with the words around it that tell what it is about.
 *
 * @param article   id of the article
 * @param kind      what sort of value
 * @param role      which moment of the event (dates) or {@link Role#VALUE}
 * @param quote     the exact text, {@code article.text().substring(start, end)}
 * @param sentence  the sentence's span
 * @param low       smallest value meant (dates: epoch day; times: minute of day; durations: days)
 * @param high      largest value meant; equals low for a point
 * @param scale     what low/high measure ("day", "weekday", "percent", "count", "days", "km", "USD", ...), only equal scales compare
 * @param value     the normalized value as a person reads it ("2025-10-24", "100%", "P90D")
 * @param precision how precise the value is ("day", "month", "year", "exact", "approximate", ...)
 * @param bound     hedge on a number
 * @param head      the word the value is about ("talks", "tariffs", "meeting")
 * @param cue       the word that set the role ("start", "resume"); for a place, the country the text puts it in; or empty
 * @param context   content-word stems of the sentence with weights falling with distance from the value (words
 *                  nearer another value in the same sentence belong to that one): the evidence for alignment
 * @param vague     true for values that cannot safely contradict anything ("two weeks later", "recently")
 * @param names     the context features that are names of people, places or organisations
 * @param actors    the name standing right before the value ("Iran Saturday condemned"), if any: who acts
 * @param frame     what the value measures or dates, who it is about and its qualifiers, read from its sentence
 */
public record Mention(String article, ClaimKind kind, Role role, String quote, int start, int end, Span sentence,
                      double low, double high, String scale, String value, String precision, Bound bound,
                      String head, String cue, Map<String, Double> context, boolean vague, java.util.Set<String> names,
                      java.util.Set<String> actors, org.crosscheck.extract.frame.ClaimFrame frame) {
    public Mention {
        context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
        names = java.util.Set.copyOf(names);
        actors = java.util.Set.copyOf(actors);
        frame = frame == null ? org.crosscheck.extract.frame.ClaimFrame.EMPTY : frame;
    }

    /** A mention whose frame is read later (or never, as in rule examples). */
    public Mention(String article, ClaimKind kind, Role role, String quote, int start, int end, Span sentence,
                   double low, double high, String scale, String value, String precision, Bound bound,
                   String head, String cue, Map<String, Double> context, boolean vague, java.util.Set<String> names,
                   java.util.Set<String> actors) {
        this(article, kind, role, quote, start, end, sentence, low, high, scale, value, precision, bound, head, cue, context,
                vague, names, actors, null);
    }

    /** The same mention with its frame. */
    public Mention withFrame(org.crosscheck.extract.frame.ClaimFrame f) {
        return new Mention(article, kind, role, quote, start, end, sentence, low, high, scale, value, precision, bound,
                head, cue, context, vague, names, actors, f);
    }

    /** The same mention as stated in the article with id {@code id} (for mentions stored and checked later). */
    public Mention withArticle(String id) {
        return id.equals(article) ? this : new Mention(id, kind, role, quote, start, end, sentence, low, high, scale, value,
                precision, bound, head, cue, context, vague, names, actors, frame);
    }

    /** The same mention, too vague (or not) to contradict anything. */
    public Mention withVague(boolean v) {
        return v == vague ? this : new Mention(article, kind, role, quote, start, end, sentence, low, high, scale, value,
                precision, bound, head, cue, context, v, names, actors, frame);
    }

    /** The same mention with another context. */
    public Mention withContext(Map<String, Double> newContext, java.util.Set<String> newNames, java.util.Set<String> newActors) {
        return new Mention(article, kind, role, quote, start, end, sentence, low, high, scale, value, precision, bound,
                head, cue, newContext, vague, newNames, newActors, frame);
    }
}
