package org.crosscheck.check;

import java.util.List;

/**
 * What the rules found.
 *
 * @param findings contradictions, in a stable order
 * @param problems rules that failed at run time, one line each (their other findings still count)
 */
public record CheckResult(List<Finding> findings, List<String> problems) {
    public CheckResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
