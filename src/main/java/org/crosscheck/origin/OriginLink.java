package org.crosscheck.origin;

/**
 * Why one article was put with another of its origin: the passages they share, an attribution naming the other's
 * outlet, or both.
 *
 * @param article     the article that repeats or cites
 * @param basis       the article it was joined to
 * @param passages    passages of eight words or more the two share (quotations left out)
 * @param words       words in those passages
 * @param sameLead    true when the two open with nearly the same sentence or the same dateline
 * @param attribution the words naming the basis's outlet ("according to the AP"), or empty
 */
public record OriginLink(String article, String basis, int passages, int words, boolean sameLead, String attribution) {

    /** The evidence in a few words, for reports. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (passages > 0) {
            sb.append(passages).append(passages == 1 ? " shared passage" : " shared passages").append(" (").append(words).append(" words)");
        }
        if (sameLead) {
            sb.append(sb.isEmpty() ? "" : ", ").append("same lead");
        }
        if (!attribution.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("attribution \"").append(attribution).append('"');
        }
        return sb.toString();
    }
}
