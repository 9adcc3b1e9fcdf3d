package org.crosscheck.normalize;

import java.util.List;

/**
 * The normalized claims of a run with the events they were aligned into.
 *
 * @param claims    every claim, ordered by article and offset
 * @param multiDay  the events that span several days
 */
public record Claims(List<Claim> claims, List<MultiDayEvent> multiDay) {
    public Claims {
        claims = List.copyOf(claims);
        multiDay = List.copyOf(multiDay);
    }
}
