package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns chosen arcs back into ids, affinities and totals. */
final class Results {

    private Results() {
    }

    /** The arcs of the pinned pairs: every solver starts from them. */
    static List<Integer> pinnedArcs(IndexedProblem p) {
        List<Integer> arcs = new ArrayList<>();
        for (int e = 0; e < p.arcs(); e++) {
            if (p.arcPinned[e]) {
                arcs.add(e);
            }
        }
        return arcs;
    }

    /** Totals recomputed from pairs, for an assignment changed outside a solver (a replacement). */
    static AssignmentResult.Assigned fromPairs(AssignmentProblem problem, List<Affinity> pairs, String method,
                                               boolean proven, List<String> notes) {
        Map<String, Double> perApplication = new LinkedHashMap<>();
        problem.applications().forEach(a -> perApplication.put(a.id(), 0.0));
        Map<String, Integer> loads = new LinkedHashMap<>();
        problem.reviewers().forEach(r -> loads.put(r.id(), 0));
        for (Affinity pair : pairs) {
            perApplication.merge(pair.applicationId(), pair.value(), Double::sum);
            loads.merge(pair.reviewerId(), 1, Integer::sum);
        }
        double total = perApplication.values().stream().mapToDouble(Double::doubleValue).sum();
        double lowest = perApplication.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new AssignmentResult.Assigned(pairs, total, lowest, loads, method, proven, notes);
    }

    static AssignmentResult.Assigned assigned(IndexedProblem p, List<Integer> arcs, String method, boolean proven,
                                              List<String> notes) {
        List<Affinity> pairs = new ArrayList<>(arcs.size());
        double[] perApplication = new double[p.applications];
        int[] load = new int[p.reviewers];
        for (int e : arcs) {
            Affinity affinity = p.arcAffinity[e];
            if (p.arcPinned[e] && !affinity.pinned()) {
                affinity = new Affinity(affinity.applicationId(), affinity.reviewerId(), affinity.value(),
                        affinity.textPart(), affinity.keywordPart(), affinity.bidPart(), true, affinity.terms(),
                        affinity.keywords());
            }
            pairs.add(affinity);
            perApplication[p.arcApplication(e)] += affinity.value();
            load[p.arcReviewer[e]]++;
        }
        double total = 0;
        double lowest = p.applications == 0 ? 0 : Double.MAX_VALUE;
        for (double value : perApplication) {
            total += value;
            lowest = Math.min(lowest, value);
        }
        Map<String, Integer> loads = new LinkedHashMap<>();
        for (int r = 0; r < p.reviewers; r++) {
            loads.put(p.reviewerId(r), load[r]);
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (p.widened) {
            allNotes.add("The top candidates alone could not cover every application, so every eligible reviewer "
                    + "was considered; pairs outside the top candidates count as affinity 0.");
        }
        return new AssignmentResult.Assigned(pairs, total, lowest, loads, method, proven, allNotes);
    }
}
