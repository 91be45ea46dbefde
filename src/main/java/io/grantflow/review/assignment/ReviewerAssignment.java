package io.grantflow.review.assignment;

/**
 * Entry point of reviewer assignment:
 * <pre>
 * AffinityMatrix affinities = ReviewerAssignment.affinities(problem);
 * AssignmentResult result = ReviewerAssignment.optimal().assign(problem, affinities);
 * </pre>
 */
public final class ReviewerAssignment {

    /** Time limit of each CP-SAT step (fairness mode, or the rare problem a flow cannot carry). */
    private static final double DEFAULT_SECONDS = 30;

    private ReviewerAssignment() {
    }

    /** Lucene BM25 and keyword affinity with the default weights, top-N candidates per application. */
    public static AffinityMatrix affinities(AssignmentProblem problem) {
        return new AffinityModel().build(problem);
    }

    /** The proven optimum (OR-tools min-cost flow; CP-SAT for the fairness mode). */
    public static ReviewerAssigner optimal() {
        return new OptimalAssigner(DEFAULT_SECONDS);
    }

    /** The same with another time limit for each CP-SAT step. */
    public static ReviewerAssigner optimal(double secondsPerModel) {
        return new OptimalAssigner(secondsPerModel);
    }

    /**
     * An assignment drawn at random in which no pair has a chance above {@code cap} (0 to 1); the same seed draws the
     * same assignment. Replacements take the best free reviewer, as in the optimum.
     */
    public static ReviewerAssigner randomised(double cap, long seed) {
        return new RandomisedAssigner(cap, seed, optimal());
    }

    /** Best pair first; a baseline to compare with, not for production. */
    public static ReviewerAssigner greedy() {
        return new GreedyAssigner();
    }
}
