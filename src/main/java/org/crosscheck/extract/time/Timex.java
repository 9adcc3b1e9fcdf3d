package org.crosscheck.extract.time;

import java.time.LocalDate;

/**
 * A temporal expression found in text, normalized to TimeML.
 *
 * @param start      index of the first char in the tagged text
 * @param end        index after the last char; {@code text.equals(source.substring(start, end))}
 * @param text       the expression as written
 * @param type       TimeML type
 * @param value      TimeML value (e.g. {@code 2025-10-24}, {@code 2025-W44}, {@code P90D}, {@code PRESENT_REF})
 * @param mod        TimeML mod ({@code START}, {@code APPROX}, ...) or null
 * @param first      first day of the calendar interval denoted, or null when not calendar-anchored
 * @param last       last day (inclusive) of that interval, or null
 * @param range      true when one expression names both ends of a span ("October 24-27")
 * @param anchored   true when resolving the value needed the anchor (publication) date
 * @param approxDays length in days for durations, 0 otherwise
 */
public record Timex(int start, int end, String text, TimexType type, String value, String mod,
                    LocalDate first, LocalDate last, boolean range, boolean anchored, double approxDays) {

    /** True when the expression denotes a calendar interval (first and last are known). */
    public boolean hasInterval() {
        return first != null && last != null;
    }
}
