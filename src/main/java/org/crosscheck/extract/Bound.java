package org.crosscheck.extract;

/** How exactly a number is stated. */
public enum Bound {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN;

    /** Reads the hedge words in front of a number ("about", "at least", "more than", "up to"). */
    public static Bound of(String hedge) {
        if (hedge == null || hedge.isBlank()) {
            return EXACT;
        }
        String h = hedge.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
        return switch (h) {
            case "only" -> EXACT; // "only two survived" stresses how few, it does not round
            case "at least", "no fewer than", "no less than", "as many as", "as much as" -> AT_LEAST;
            case "more than", "over", "above", "upwards of", "in excess of", "exceeding" -> MORE_THAN;
            case "at most", "up to", "no more than" -> AT_MOST;
            case "less than", "fewer than", "under", "below", "just under" -> LESS_THAN;
            default -> APPROXIMATE;
        };
    }
}
