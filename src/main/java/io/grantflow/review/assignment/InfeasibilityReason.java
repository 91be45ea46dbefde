package io.grantflow.review.assignment;

import java.util.List;

/**
 * Why some applications cannot receive their reviewers, in plain words, and what would change it.
 *
 * @param applicationIds the applications concerned (empty when the reason is about the call as a whole)
 * @param reviewerIds    the reviewers concerned, when it is about them
 */
public record InfeasibilityReason(Code code, List<String> applicationIds, List<String> reviewerIds,
                                  String explanation, String suggestion) {

    public enum Code {
        /** Every reviewer of the call is in conflict with the application (or of its institution). */
        EVERY_REVIEWER_CONFLICTED,
        /** Fewer than k eligible reviewers, or fewer than k once at most t per institution are counted. */
        TOO_FEW_ELIGIBLE_REVIEWERS,
        /** k × applications is more than the sum of the maximum loads. */
        CAPACITY_BELOW_DEMAND,
        /** A group of applications shares too few reviewers: their loads cannot cover them all. */
        GROUP_CAPACITY_TOO_SMALL,
        /** No eligible reviewer from abroad for the application. */
        NO_FOREIGN_REVIEWER,
        /** Reviewers from abroad exist but cannot give one to each application that needs one. */
        TOO_FEW_FOREIGN_REVIEWERS,
        /** Minimum loads cannot all be met. */
        MINIMUM_LOADS_IMPOSSIBLE,
        /** A pinned pair breaks a conflict or another rule. */
        PIN_NOT_ALLOWED,
        /** Each group of rules can be met alone, but not all of them together. */
        RULES_INCOMPATIBLE,
        /** Only from the greedy baseline: it got stuck, which does not prove that no assignment exists. */
        HEURISTIC_STUCK
    }

    public InfeasibilityReason {
        applicationIds = List.copyOf(applicationIds);
        reviewerIds = List.copyOf(reviewerIds);
    }

    @Override
    public String toString() {
        return code + ": " + explanation + " -> " + suggestion;
    }
}
