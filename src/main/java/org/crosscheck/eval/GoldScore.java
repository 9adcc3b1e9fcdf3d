package org.crosscheck.eval;

import java.util.List;
import java.util.Map;

/**
 * How a check compares with gold.
 *
 * @param found          gold discrepancy ids hit by at least one finding, with the finding ids
 * @param missed         gold discrepancy ids no finding hit
 * @param falsePositives finding ids that hit no gold discrepancy
 * @param flagged        consistent group ids that some finding hitting no discrepancy involves twice
 * @param unlocated      gold quotes that could not be found in their article
 */
public record GoldScore(Map<String, List<String>> found, List<String> missed, List<String> falsePositives,
                        List<String> flagged, List<String> unlocated) {

    public double recall() {
        int total = found.size() + missed.size();
        return total == 0 ? 1.0 : (double) found.size() / total;
    }

    /** Share of findings that hit a gold discrepancy. */
    public double precision(int findings) {
        return findings == 0 ? 1.0 : (double) (findings - falsePositives.size()) / findings;
    }
}
