package org.crosscheck.check;

import java.util.List;

/**
 * What a rule declares about itself in its metadata.
 *
 * @param name        the rule's name, a sentence
 * @param file        the .drl file it is in, relative to the rules folder
 * @param severity    from {@code @severity}
 * @param category    from {@code @category}
 * @param explanation from {@code @explanation}: why its conflicts are conflicts
 * @param fires       example claim sets on which it must fire ({@code @fires1}, {@code @fires2}, ...)
 * @param silent      near-misses on which it must stay silent ({@code @silent1}, ...)
 */
public record RuleInfo(String name, String file, Severity severity, String category, String explanation,
                       List<String> fires, List<String> silent) {
    public RuleInfo {
        fires = List.copyOf(fires);
        silent = List.copyOf(silent);
    }
}
