package org.crosscheck.extract;

/** How a value relates to its event: for dates, which moment of the event it names. */
public enum Role {
    /** A moment at which the event happens (for a multi-day event, any of its days). */
    OCCURS,
    /** When the event starts ("due to start on Saturday", "starting November 1"). */
    STARTS,
    /** When it ends or expires. */
    ENDS,
    /** The whole period ("from October 24 to 27"). */
    SPANS,
    /** An arrival or departure, which precedes or follows the event itself. */
    TRAVEL,
    /** When someone said something: a statement date, not the event's. */
    STATEMENT,
    /** Any non-date value. */
    VALUE
}
