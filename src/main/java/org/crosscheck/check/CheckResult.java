package org.crosscheck.check;

import java.util.List;

/**
 * What the rules found.
 *
 * @param findings contradictions, in a stable order
 * @param problems rules that failed at run time, one line each (their other findings still count)
 * @param updates  differences the rules read as a figure changing over time (category "update"), not contradictions
 */
public record CheckResult(List<Finding> findings, List<String> problems, List<Finding> updates) {
    public CheckResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        updates = List.copyOf(updates);
    }

    /** A result with no updates. */
    public CheckResult(List<Finding> findings, List<String> problems) {
        this(findings, problems, List.of());
    }
}
