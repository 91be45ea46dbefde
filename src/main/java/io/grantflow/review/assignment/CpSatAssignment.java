package io.grantflow.review.assignment;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same assignment as a 0-1 model for OR-tools CP-SAT, one Boolean per arc. It is built from the
 * rules directly (not from the flow network), so it doubles as an independent check of the flow's
 * optimum, and it carries what a flow cannot: a floor on every application's affinity (fairness).
 */
final class CpSatAssignment {

    record Outcome(List<Integer> arcs, boolean feasible, boolean proven, long floor) { }

    private final IndexedProblem p;
    private final CpModel model = new CpModel();
    private final BoolVar[] x;
    private final LinearExpr total;

    CpSatAssignment(IndexedProblem p) {
        FlowNetwork.loadNativeLibraries();
        this.p = p;
        x = new BoolVar[p.arcs()];
        for (int e = 0; e < x.length; e++) {
            x[e] = model.newBoolVar("x" + e);
            if (p.arcPinned[e]) {
                model.addEquality(x[e], 1);
            }
        }
        List<List<BoolVar>> byReviewer = new ArrayList<>();
        for (int r = 0; r < p.reviewers; r++) {
            byReviewer.add(new ArrayList<>());
        }
        for (int a = 0; a < p.applications; a++) {
            List<BoolVar> all = new ArrayList<>();
            List<BoolVar> foreign = new ArrayList<>();
            Map<Integer, List<BoolVar>> byInstitution = new HashMap<>();
            for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
                int r = p.arcReviewer[e];
                all.add(x[e]);
                byReviewer.get(r).add(x[e]);
                byInstitution.computeIfAbsent(p.reviewerInstitution[r], i -> new ArrayList<>()).add(x[e]);
                if (p.foreign[r]) {
                    foreign.add(x[e]);
                }
            }
            model.addEquality(sum(all), p.k);
            for (List<BoolVar> group : byInstitution.values()) {
                if (group.size() > p.maxPerInstitution) {
                    model.addLessOrEqual(sum(group), p.maxPerInstitution);
                }
            }
            if (p.requireForeign) {
                model.addGreaterOrEqual(sum(foreign), 1);
            }
        }
        for (int r = 0; r < p.reviewers; r++) {
            model.addLinearConstraint(sum(byReviewer.get(r)), p.minLoad[r], p.maxLoad[r]);
        }
        total = weighted(0, p.arcs());
    }

    /** Maximum total affinity. */
    Outcome optimal(double seconds) {
        model.maximize(total);
        CpSolver solver = solver(seconds);
        return outcome(solver, solver.solve(model), 0);
    }

    /**
     * Highest floor on every application's affinity among assignments within {@code tolerance} of the
     * optimal total, then the highest total with that floor held. {@code hint} is a known optimum.
     */
    Outcome fair(long optimalTotal, double tolerance, List<Integer> hint, double seconds) {
        for (int e : hint) {
            model.addHint(x[e], 1);
        }
        IntVar floor = model.newIntVar(0, p.k * IndexedProblem.SCALE, "floor");
        for (int a = 0; a < p.applications; a++) {
            model.addGreaterOrEqual(weighted(p.arcStart[a], p.arcStart[a + 1]), floor);
        }
        model.addGreaterOrEqual(total, (long) Math.ceil(optimalTotal * (1 - tolerance)));
        model.maximize(floor);
        CpSolver first = solver(seconds);
        CpSolverStatus status = first.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Outcome(List.of(), false, false, 0);
        }
        long best = first.value(floor);
        boolean proven = status == CpSolverStatus.OPTIMAL;
        model.clearHints();
        for (int e = 0; e < x.length; e++) {
            model.addHint(x[e], first.booleanValue(x[e]) ? 1 : 0);
        }
        model.addGreaterOrEqual(floor, best);
        model.maximize(total);
        CpSolver second = solver(seconds);
        Outcome outcome = outcome(second, second.solve(model), best);
        return new Outcome(outcome.arcs(), outcome.feasible(), proven && outcome.proven(), best);
    }

    private Outcome outcome(CpSolver solver, CpSolverStatus status, long floor) {
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Outcome(List.of(), false, status == CpSolverStatus.INFEASIBLE, floor);
        }
        List<Integer> arcs = new ArrayList<>();
        for (int e = 0; e < x.length; e++) {
            if (solver.booleanValue(x[e])) {
                arcs.add(e);
            }
        }
        return new Outcome(arcs, true, status == CpSolverStatus.OPTIMAL, floor);
    }

    private static CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(8).setRandomSeed(1);
        return solver;
    }

    private LinearExpr weighted(int fromArc, int toArc) {
        LinearExprBuilder builder = LinearExpr.newBuilder();
        for (int e = fromArc; e < toArc; e++) {
            builder.addTerm(x[e], p.arcWeight[e]);
        }
        return builder.build();
    }

    private static LinearExpr sum(List<BoolVar> vars) {
        return LinearExpr.sum(vars.toArray(new BoolVar[0]));
    }
}
