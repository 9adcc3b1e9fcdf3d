package org.crosscheck.extract;

/** What sort of fact a claim states. */
public enum ClaimKind {
    /** A calendar date, period or range of an event. */
    DATE,
    /** A time of day. */
    TIME,
    /** A percentage. */
    RATE,
    /** How many of something ("12 people", "four previous meetings"). */
    COUNT,
    /** Which one in a series ("the fifth meeting"). */
    ORDINAL,
    /** How long ("a 90-day truce"). */
    DURATION,
    /** A number with a unit: money, distance, magnitude, minute of a game. */
    QUANTITY,
    /** Where something happens ("in Lyon, France"). */
    PLACE
}
