package io.grantflow.review.assignment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One call's assignment question: which k reviewers review each application.
 *
 * @param reviewersPerApplication k, the number of reviewers every application receives
 * @param conflicts               forbidden pairs computed by the caller (co-authorship, declared
 *                                conflicts, the applicant's exclusions); same institution is checked here too
 * @param maxPerInstitution       at most this many reviewers of one institution on one application
 * @param homeCountry             the funder's country (ISO 3166 code)
 * @param requireForeignReviewer  each application gets at least one reviewer whose country is not homeCountry
 * @param bids                    a reviewer's wish for an application, from -1 (rather not) to +1 (eager)
 * @param pins                    pairs a programme manager forces into the assignment
 * @param topN                    candidate reviewers kept per application before solving
 * @param mode                    OPTIMAL maximises the total affinity; FAIR first lifts the weakest application
 * @param fairnessTolerance       share of the optimal total that FAIR may give up to lift the weakest application
 */
public record AssignmentProblem(List<Submission> applications, List<Reviewer> reviewers, int reviewersPerApplication,
                                Set<Pair> conflicts, int maxPerInstitution, String homeCountry,
                                boolean requireForeignReviewer, Map<Pair, Double> bids, Set<Pair> pins, int topN,
                                Mode mode, double fairnessTolerance) {

    public enum Mode { OPTIMAL, FAIR }

    public AssignmentProblem {
        applications = List.copyOf(applications);
        reviewers = List.copyOf(reviewers);
        conflicts = Set.copyOf(conflicts);
        bids = Map.copyOf(bids);
        pins = Set.copyOf(pins);
        homeCountry = homeCountry == null ? "" : homeCountry;
        Objects.requireNonNull(mode, "mode");
        if (reviewersPerApplication < 1) {
            throw new IllegalArgumentException("reviewersPerApplication must be at least 1");
        }
        if (maxPerInstitution < 1) {
            throw new IllegalArgumentException("maxPerInstitution must be at least 1");
        }
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1");
        }
        if (requireForeignReviewer && homeCountry.isBlank()) {
            throw new IllegalArgumentException("requireForeignReviewer needs a homeCountry");
        }
        requireUnique(applications.stream().map(Submission::id).toList(), "application");
        requireUnique(reviewers.stream().map(Reviewer::id).toList(), "reviewer");
    }

    public static Builder builder(List<Submission> applications, List<Reviewer> reviewers) {
        return new Builder(applications, reviewers);
    }

    /** The same problem solved in another mode. */
    public AssignmentProblem withMode(Mode newMode) {
        return new AssignmentProblem(applications, reviewers, reviewersPerApplication, conflicts, maxPerInstitution,
                homeCountry, requireForeignReviewer, bids, pins, topN, newMode, fairnessTolerance);
    }

    /** The same problem with more forbidden pairs (a decline, a newly declared conflict). */
    public AssignmentProblem withConflicts(Set<Pair> more) {
        Set<Pair> all = new HashSet<>(conflicts);
        all.addAll(more);
        return new AssignmentProblem(applications, reviewers, reviewersPerApplication, all, maxPerInstitution,
                homeCountry, requireForeignReviewer, bids, pins, topN, mode, fairnessTolerance);
    }

    private static void requireUnique(List<String> ids, String what) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("duplicate " + what + " id");
        }
    }

    public static final class Builder {
        private final List<Submission> applications;
        private final List<Reviewer> reviewers;
        private int k = 2;
        private Set<Pair> conflicts = Set.of();
        private int maxPerInstitution = Integer.MAX_VALUE;
        private String homeCountry = "";
        private boolean requireForeignReviewer;
        private Map<Pair, Double> bids = new LinkedHashMap<>();
        private Set<Pair> pins = Set.of();
        private int topN = 50;
        private Mode mode = Mode.OPTIMAL;
        private double fairnessTolerance = 0.001;

        private Builder(List<Submission> applications, List<Reviewer> reviewers) {
            this.applications = applications;
            this.reviewers = reviewers;
        }

        public Builder reviewersPerApplication(int value) { this.k = value; return this; }
        public Builder conflicts(Set<Pair> value) { this.conflicts = value; return this; }
        public Builder maxPerInstitution(int value) { this.maxPerInstitution = value; return this; }
        public Builder homeCountry(String value) { this.homeCountry = value; return this; }
        public Builder requireForeignReviewer(boolean value) { this.requireForeignReviewer = value; return this; }
        public Builder bids(Map<Pair, Double> value) { this.bids = value; return this; }
        public Builder pins(Set<Pair> value) { this.pins = value; return this; }
        public Builder topN(int value) { this.topN = value; return this; }
        public Builder mode(Mode value) { this.mode = value; return this; }
        public Builder fairnessTolerance(double value) { this.fairnessTolerance = value; return this; }

        public AssignmentProblem build() {
            return new AssignmentProblem(applications, reviewers, k, conflicts, maxPerInstitution, homeCountry,
                    requireForeignReviewer, bids, pins, topN, mode, fairnessTolerance);
        }
    }
}
