package org.crosscheck.normalize;

import java.util.List;

/**
 * The normalized claims of a run with the events they were aligned into.
 *
 * @param claims    every claim, ordered by article and offset
 * @param multiDay  the events that span several days
 * @param within    which places the articles put in which countries
 */
public record Claims(List<Claim> claims, List<MultiDayEvent> multiDay, List<Within> within) {
    public Claims {
        claims = List.copyOf(claims);
        multiDay = List.copyOf(multiDay);
        within = List.copyOf(within);
    }
}
