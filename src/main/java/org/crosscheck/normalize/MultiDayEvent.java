package org.crosscheck.normalize;

/**
 * Marks an event that some source gives a start, an end or a span for: its days differ without contradiction.
 *
 * @param event the event id
 * @param why   which claim showed it ("a4.c3 gives a range")
 */
public record MultiDayEvent(String event, String why) {}
