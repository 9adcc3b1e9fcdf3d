package org.crosscheck.store;

/**
 * A story in the store: its name, how many articles it has and when it last changed.
 *
 * @param story    the story's name
 * @param articles articles stored
 * @param claims   mentions stored for them
 * @param changed  the last write (ISO-8601 instant)
 * @param revision raised by every write to the story
 */
public record StorySummary(String story, int articles, long claims, String changed, long revision) {}
