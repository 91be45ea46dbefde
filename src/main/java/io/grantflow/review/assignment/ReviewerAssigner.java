package io.grantflow.review.assignment;

/**
 * Assigns reviewers to the applications of a call. Implementations: the exact optimum
 * ({@link ReviewerAssignment#optimal()}) and a greedy baseline ({@link ReviewerAssignment#greedy()}).
 */
public interface ReviewerAssigner {

    /** Assigns every application its k reviewers, or explains why that is impossible. Never throws for that. */
    AssignmentResult assign(AssignmentProblem problem, AffinityMatrix affinities);

    /**
     * Replaces the reviewer of {@code removed} (a decline, a new conflict) by the best free reviewer,
     * leaving every other pair of {@code current} in place. The removed reviewer is not offered again.
     */
    Replacement replace(AssignmentProblem problem, AffinityMatrix affinities, AssignmentResult.Assigned current,
                        Pair removed);
}
