package org.crosscheck.batch;

/**
 * What became of one story of a batch: the work's result, or the one-line reason it could not be checked.
 *
 * @param story    the story
 * @param articles articles read (0 when the story failed before they were)
 * @param result   what the work returned, null when {@code error} is set
 * @param error    why the story could not be checked (bad input, unwritable report, internal error), else null
 * @param <T>      the work's result type
 */
public record StoryOutcome<T>(Story story, int articles, T result, String error) {
    public boolean failed() {
        return error != null;
    }
}
