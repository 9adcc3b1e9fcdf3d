package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a value in a sentence is a value of, read from the words around it: the thing it measures or the action
 * it dates, who it is about, and the qualifiers that make two values two facts.
 *
 * @param measure      concepts of what the value quantifies or dates ("seat", "majority", "crash", "take office"),
 *                     from the noun it attaches to or the action it dates; synonyms share a concept
 * @param measureWords the words that gave the measure, as written ("seats", "struck the barrier")
 * @param participants names bound to the value: a list label ("Greens 57"), the subject, a possessive, "for X";
 *                     for a date or a time, every name of its clause (who and where)
 * @param actors       who acts: the subject or label the value is said of ("the WHO declared on Wednesday")
 * @param qualifiers   what sets the value apart from others of the same measure ({@link Qualifier})
 * @param anchor       another time the clause ties the value to ("1997", "2018", "previous year"), or empty
 * @param series       which one of a series the clause names ("the second goal" → 2, "first day" → 1), or 0
 * @param values       values of other kinds stated in the same clause ("USD 42 billion" beside a date)
 * @param terms        the clause's content words as concepts or lemmas, weighted by nearness to the value
 * @param sentence     the content lemmas of the whole sentence: a rewrite of the same sentence shares most of them
 */
public record ClaimFrame(Set<String> measure, String measureWords, Set<String> participants, Set<String> actors,
                         Set<Qualifier> qualifiers, String anchor, int series, Set<String> values, Map<String, Double> terms,
                         Set<String> sentence) {

    /** Qualifiers: a value that is one of these is a different fact from a value that is another. */
    public enum Qualifier {
        /** A level before a change: "from 5.25%", "the previous record", "had stood at". */
        PREVIOUS,
        /** A level after a change or correction: "to 4.75%", "the new range", "revised". */
        NEW,
        /** A prediction, projection or plan: "an exit poll projected 410", "expected to fall". */
        FORECAST,
        /** A threshold: "326 needed for a majority". */
        NEEDED,
        /** A change by an amount, not a level: "cut by 0.5 points", "fell 41%". */
        CHANGE,
        /** A count at a stated moment: "67 as of 10 pm Friday". */
        AS_OF,
        /** Another occurrence than the main one: "another strong jolt", "the aftershock", "a separate fire". */
        OTHER,
        /** The lower bound of a range: "$12.4bn" of "a range of $12.4bn to $13.1bn", "between 6.2 and 6.6". */
        RANGE_LOW,
        /** The upper bound of a range: "$6 billion" of "the $5 billion–$6 billion range". */
        RANGE_HIGH,
        /** A figure on an adjusted basis: "adjusted gross margin", "non-GAAP", "underlying profit", "excluding items". */
        ADJUSTED,
        /** A figure on the accounting standard's basis: "GAAP gross margin", "statutory profit". */
        STATUTORY
    }

    /** A frame that says nothing: for values read without their sentence. */
    public static final ClaimFrame EMPTY = new ClaimFrame(Set.of(), "", Set.of(), Set.of(), Set.of(), "", 0, Set.of(), Map.of(), Set.of());

    public ClaimFrame {
        measure = Set.copyOf(new TreeSet<>(measure));
        participants = Set.copyOf(new TreeSet<>(participants));
        actors = Set.copyOf(new TreeSet<>(actors));
        qualifiers = Set.copyOf(qualifiers);
        values = Set.copyOf(new TreeSet<>(values));
        terms = java.util.Collections.unmodifiableMap(new TreeMap<>(terms));
        sentence = Set.copyOf(sentence);
    }

    /** The frame as a reader sees it: "measure seat (seats); participants labour; previous; anchor 1997". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!measure.isEmpty()) {
            parts.add("measure " + String.join(" / ", new TreeSet<>(measure)) + (measureWords.isEmpty() ? "" : " (\"" + measureWords + "\")"));
        }
        if (!actors.isEmpty()) {
            parts.add("actors " + String.join(", ", new TreeSet<>(actors)));
        }
        if (!participants.isEmpty() && !participants.equals(actors)) {
            parts.add("about " + String.join(", ", new TreeSet<>(participants)));
        }
        for (Qualifier q : new TreeSet<>(qualifiers)) {
            parts.add(q.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        if (!anchor.isEmpty()) {
            parts.add("anchored to " + anchor);
        }
        if (series > 0) {
            parts.add("number " + series + " of a series");
        }
        return String.join("; ", parts);
    }
}
