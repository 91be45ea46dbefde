package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proven optimum. OPTIMAL: a min-cost flow (OR-tools), exact for every rule of the problem as
 * long as no institution straddles the foreign rule with a binding cap, else the CP-SAT model.
 * FAIR: the flow's optimum first, then CP-SAT lifts the weakest application within the tolerance.
 * When the top candidates cannot cover the call, every eligible pair is tried before giving up.
 */
final class OptimalAssigner implements ReviewerAssigner {

    /** Above this many application × reviewer pairs the search is not widened beyond the top candidates. */
    static final long WIDEN_LIMIT = 5_000_000L;

    private final double secondsPerModel;

    OptimalAssigner(double secondsPerModel) {
        this.secondsPerModel = secondsPerModel;
    }

    @Override
    public AssignmentResult assign(AssignmentProblem problem, AffinityMatrix affinities) {
        IndexedProblem p = IndexedProblem.of(problem, affinities);
        Solved solved = optimum(p);
        List<String> notes = new ArrayList<>();
        if (solved == null && (long) p.applications * p.reviewers <= WIDEN_LIMIT) {
            p = IndexedProblem.widened(problem, affinities);
            solved = optimum(p);
        } else if (solved == null) {
            notes.add("Only the top " + problem.topN() + " candidates of each application were considered.");
        }
        if (solved == null) {
            return new AssignmentResult.Infeasible(new InfeasibilityDiagnosis(p).reasons(), notes);
        }
        if (problem.mode() == AssignmentProblem.Mode.FAIR) {
            return fair(p, solved, notes);
        }
        return Results.assigned(p, solved.arcs(), solved.method(), true, notes);
    }

    @Override
    public Replacement replace(AssignmentProblem problem, AffinityMatrix affinities, AssignmentResult.Assigned current,
                               Pair removed) {
        return new ReplacementFinder(problem, affinities).replace(current, removed);
    }

    record Solved(List<Integer> arcs, String method) { }

    /** The chosen arcs (pins included) of a maximum-affinity assignment, or null when there is none. */
    Solved optimum(IndexedProblem p) {
        if (!p.invalidPins.isEmpty()) {
            return null;
        }
        AssignmentNetwork net = new AssignmentNetwork(p, AssignmentNetwork.Rules.ALL);
        if (!net.pinsLeaveRoom) {
            return null;
        }
        if (!net.exact) {
            CpSatAssignment.Outcome outcome = new CpSatAssignment(p).optimal(secondsPerModel);
            return outcome.feasible() ? new Solved(outcome.arcs(), "0-1 model (OR-tools CP-SAT)") : null;
        }
        FlowNetwork.Solution solution = net.network.solve();
        if (!solution.complete()) {
            return null;
        }
        List<Integer> arcs = Results.pinnedArcs(p);
        arcs.addAll(net.chosenArcs(solution));
        return new Solved(arcs, "min-cost flow (OR-tools)");
    }

    private AssignmentResult fair(IndexedProblem p, Solved solved, List<String> notes) {
        List<Integer> optimum = solved.arcs();
        long optimalTotal = optimum.stream().mapToLong(e -> p.arcWeight[e]).sum();
        double tolerance = p.problem.fairnessTolerance();
        CpSatAssignment.Outcome outcome = new CpSatAssignment(p).fair(optimalTotal, tolerance, optimum, secondsPerModel);
        List<String> allNotes = new ArrayList<>(notes);
        if (!outcome.feasible()) {
            allNotes.add("The fair assignment was not found in time; this is the optimal one.");
            return Results.assigned(p, optimum, solved.method(), true, allNotes);
        }
        AssignmentResult.Assigned plain = Results.assigned(p, optimum, solved.method(), true, List.of());
        allNotes.add(String.format(Locale.ROOT, "Lowest application raised from %.3f with a total within %.2f%% "
                + "of the optimum %.3f.", plain.lowestApplicationAffinity(), tolerance * 100, plain.totalAffinity()));
        if (!outcome.proven()) {
            allNotes.add("The solver's time limit was reached: the floor may not be the highest possible.");
        }
        return Results.assigned(p, outcome.arcs(), "fair: max-min floor then total (OR-tools CP-SAT)",
                outcome.proven(), allNotes);
    }
}
