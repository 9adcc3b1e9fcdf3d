package org.crosscheck.check;

import org.crosscheck.normalize.Claim;

/**
 * Two claims that a rule says cannot both be true.
 *
 * @param rule   the rule's name
 * @param first  one claim
 * @param second the other, from another article
 * @param reason the rule's one-line reason for this pair
 */
public record Conflict(String rule, Claim first, Claim second, String reason) {}
