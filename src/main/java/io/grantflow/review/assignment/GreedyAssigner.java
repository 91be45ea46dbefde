package io.grantflow.review.assignment;

import io.grantflow.review.assignment.InfeasibilityReason.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The baseline: pins first, then pairs by falling affinity, each taken when the application still
 * needs a reviewer and no rule is broken (the last seat of an application is kept for a reviewer
 * from abroad when the rule asks for one). Minimum loads are not considered. Fast, never proven
 * optimal, and it can get stuck where an exact solver would not.
 */
final class GreedyAssigner implements ReviewerAssigner {

    @Override
    public AssignmentResult assign(AssignmentProblem problem, AffinityMatrix affinities) {
        IndexedProblem p = IndexedProblem.of(problem, affinities);
        List<Integer> arcs = run(p);
        int[] count = new int[p.applications];
        boolean[] hasForeign = new boolean[p.applications];
        arcs.forEach(e -> {
            count[p.arcApplication(e)]++;
            hasForeign[p.arcApplication(e)] |= p.foreign[p.arcReviewer[e]];
        });
        List<String> shortApplications = IntStream.range(0, p.applications)
                .filter(a -> count[a] < p.k || (p.requireForeign && !hasForeign[a]))
                .mapToObj(p::applicationId).toList();
        if (shortApplications.isEmpty()) {
            return Results.assigned(p, arcs, "greedy baseline", false, List.of());
        }
        return new AssignmentResult.Infeasible(List.of(new InfeasibilityReason(Code.HEURISTIC_STUCK,
                shortApplications, List.of(), "The greedy baseline left " + shortApplications.size()
                + " applications with fewer than " + p.k + " reviewers or without a reviewer from abroad.",
                "Use the optimal assigner, which finds an assignment whenever one exists.")), List.of());
    }

    @Override
    public Replacement replace(AssignmentProblem problem, AffinityMatrix affinities, AssignmentResult.Assigned current,
                               Pair removed) {
        return new ReplacementFinder(problem, affinities).replace(current, removed);
    }

    /** The chosen arcs, possibly fewer than k for some applications. */
    static List<Integer> run(IndexedProblem p) {
        int[] count = new int[p.applications];
        int[] load = new int[p.reviewers];
        boolean[] hasForeign = new boolean[p.applications];
        Map<Long, Integer> perInstitution = new HashMap<>();
        List<Integer> chosen = new ArrayList<>();
        Integer[] order = IntStream.range(0, p.arcs()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(e -> p.arcPinned[e] ? 0 : 1)
                .thenComparingLong(e -> -p.arcWeight[e]));
        int[] applicationOf = new int[p.arcs()];
        for (int a = 0; a < p.applications; a++) {
            for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
                applicationOf[e] = a;
            }
        }
        for (int e : order) {
            int a = applicationOf[e];
            int r = p.arcReviewer[e];
            long key = IndexedProblem.Pinned.key(a, p.reviewerInstitution[r]);
            boolean lastSeatForForeign = p.requireForeign && !hasForeign[a] && count[a] == p.k - 1 && !p.foreign[r];
            if (!p.arcPinned[e] && (count[a] >= p.k || load[r] >= p.maxLoad[r] || lastSeatForForeign
                    || perInstitution.getOrDefault(key, 0) >= p.maxPerInstitution)) {
                continue;
            }
            chosen.add(e);
            count[a]++;
            load[r]++;
            hasForeign[a] |= p.foreign[r];
            perInstitution.merge(key, 1, Integer::sum);
        }
        return chosen;
    }
}
