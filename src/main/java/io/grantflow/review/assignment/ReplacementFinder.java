package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the best free reviewer for one application after a decline or a new conflict. Nothing else
 * moves: the best replacement under that rule is simply the eligible reviewer with the highest
 * affinity who still has room and keeps the institution and foreign rules, so no solver is needed.
 */
final class ReplacementFinder {

    private final AssignmentProblem problem;
    private final AffinityMatrix affinities;
    private final Eligibility eligibility;

    ReplacementFinder(AssignmentProblem problem, AffinityMatrix affinities) {
        this.problem = problem;
        this.affinities = affinities;
        this.eligibility = new Eligibility(problem);
    }

    Replacement replace(AssignmentResult.Assigned current, Pair removed) {
        Submission application = problem.applications().stream()
                .filter(a -> a.id().equals(removed.applicationId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown application " + removed.applicationId()));
        List<Affinity> remaining = new ArrayList<>(current.pairs());
        remaining.removeIf(p -> p.pair().equals(removed));
        Map<String, Integer> loads = new HashMap<>();
        remaining.forEach(p -> loads.merge(p.reviewerId(), 1, Integer::sum));
        Map<String, Reviewer> reviewers = new HashMap<>();
        problem.reviewers().forEach(r -> reviewers.put(r.id(), r));
        List<Reviewer> onApplication = remaining.stream().filter(p -> p.applicationId().equals(application.id()))
                .map(p -> reviewers.get(p.reviewerId())).toList();
        boolean needsForeign = problem.requireForeignReviewer()
                && onApplication.stream().noneMatch(r -> Eligibility.foreign(r, problem.homeCountry()));

        Tally candidatesTally = new Tally();
        Optional<Affinity> best = affinities.candidates(application.id()).stream()
                .filter(a -> reviewers.containsKey(a.reviewerId()))
                .filter(a -> free(application, reviewers.get(a.reviewerId()), removed, onApplication, loads,
                        needsForeign, candidatesTally, a))
                .findFirst();
        Tally tally = candidatesTally;
        boolean outsideCandidates = false;
        if (best.isEmpty()) {
            // Nobody among the top candidates: any free reviewer beats none; the least loaded first.
            Tally wider = new Tally();
            best = problem.reviewers().stream()
                    .sorted(Comparator.comparingInt((Reviewer r) -> loads.getOrDefault(r.id(), 0))
                            .thenComparing(Reviewer::id))
                    .map(r -> affinities.get(application.id(), r.id())
                            .orElse(Affinity.outsideCandidates(application.id(), r.id())))
                    .filter(a -> free(application, reviewers.get(a.reviewerId()), removed, onApplication, loads,
                            needsForeign, wider, a))
                    .findFirst();
            outsideCandidates = best.isPresent();
            tally = wider;
        }
        List<String> explanation = new ArrayList<>();
        List<Affinity> pairs = new ArrayList<>(remaining);
        if (best.isPresent()) {
            Affinity chosen = best.get();
            pairs.add(chosen);
            explanation.add(chosen.reviewerId() + " replaces " + removed.reviewerId() + " on " + application.id()
                    + (outsideCandidates ? ", the least loaded free reviewer (no free reviewer among the top "
                    + problem.topN() + " candidates)" : ", the free candidate with the highest affinity")
                    + ": " + chosen.explain());
        } else {
            explanation.add("Nobody can replace " + removed.reviewerId() + " on " + application.id() + ": "
                    + tally.describe(problem));
            explanation.add(tally.fullWithBestAffinity == null
                    ? "Add a reviewer from another institution" + (needsForeign ? " outside " + problem.homeCountry() : "")
                    + " with expertise in " + String.join(", ", application.keywords()) + "."
                    : "Raise the maximum load of " + tally.fullWithBestAffinity + " by 1, or add a reviewer.");
        }
        AssignmentResult.Assigned after = Results.fromPairs(problem, pairs, current.method() + ", then one replacement",
                false, current.notes());
        return new Replacement(removed, best, after, explanation);
    }

    private boolean free(Submission application, Reviewer reviewer, Pair removed, List<Reviewer> onApplication,
                         Map<String, Integer> loads, boolean needsForeign, Tally tally, Affinity affinity) {
        if (reviewer.id().equals(removed.reviewerId())) {
            tally.removed++;
            return false;
        }
        if (onApplication.stream().anyMatch(r -> r.id().equals(reviewer.id()))) {
            return false;
        }
        if (!eligibility.eligible(application, reviewer)) {
            tally.conflicted++;
            return false;
        }
        if (loads.getOrDefault(reviewer.id(), 0) >= reviewer.maxLoad()) {
            tally.full++;
            if (tally.fullWithBestAffinity == null) {
                tally.fullWithBestAffinity = reviewer.id();
            }
            return false;
        }
        String institution = Eligibility.institutionKey(reviewer.institution());
        long sameInstitution = onApplication.stream()
                .filter(r -> !institution.isEmpty() && Eligibility.institutionKey(r.institution()).equals(institution))
                .count();
        if (sameInstitution >= problem.maxPerInstitution()) {
            tally.institutionLimit++;
            return false;
        }
        if (needsForeign && !Eligibility.foreign(reviewer, problem.homeCountry())) {
            tally.notForeign++;
            return false;
        }
        return true;
    }

    private static final class Tally {
        int removed;
        int conflicted;
        int full;
        int institutionLimit;
        int notForeign;
        String fullWithBestAffinity;

        String describe(AssignmentProblem problem) {
            List<String> parts = new ArrayList<>();
            parts.add(conflicted + " in conflict");
            parts.add(full + " at their maximum load");
            if (institutionLimit > 0) {
                parts.add(institutionLimit + " would exceed " + problem.maxPerInstitution() + " per institution");
            }
            if (notForeign > 0) {
                parts.add(notForeign + " not from abroad, while the application needs a reviewer from outside "
                        + problem.homeCountry());
            }
            return String.join(", ", parts) + ".";
        }
    }
}
