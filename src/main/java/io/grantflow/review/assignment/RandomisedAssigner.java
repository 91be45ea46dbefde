package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * An assignment drawn at random so that no reviewer is on any application with a probability above the cap, against
 * collusion and targeted bidding (Jecmen et al., "Mitigating manipulation in peer review via randomized reviewer
 * assignments", NeurIPS 2020). A linear programme (OR-tools' GLOP) finds the fractional assignment of highest
 * expected affinity whose pairs stay within the cap, as a circulation that also carries the rules of institution and
 * country; dependent rounding of that circulation ({@link FlowRounding}, after Gandhi et al., 2006) then draws one
 * assignment in which each pair has exactly its probability, every application its k reviewers, no reviewer a load
 * outside his or her limits. The same seed draws the same assignment, so a call's draw can be shown again. Each draw
 * is checked against the rules; one that breaks them (an institution with reviewers at home and abroad) is drawn again.
 */
final class RandomisedAssigner implements ReviewerAssigner {

    /** Draws tried before the rules of institution and country give way to the deterministic optimum. */
    static final int DRAWS = 200;
    private static final double EPSILON = 1e-9;

    private final double cap;
    private final long seed;
    private final ReviewerAssigner deterministic;

    RandomisedAssigner(double cap, long seed, ReviewerAssigner deterministic) {
        if (!(cap > 0 && cap <= 1)) {
            throw new IllegalArgumentException("the cap is a probability in (0, 1]");
        }
        this.cap = cap;
        this.seed = seed;
        this.deterministic = deterministic;
    }

    @Override
    public AssignmentResult assign(AssignmentProblem problem, AffinityMatrix affinities) {
        IndexedProblem p = IndexedProblem.of(problem, affinities);
        Network net = Network.of(p, cap);
        double[] flow = p.invalidPins.isEmpty() ? solve(p, net) : null;
        if (flow == null && p.invalidPins.isEmpty()) {
            p = IndexedProblem.widened(problem, affinities);
            net = Network.of(p, cap);
            flow = solve(p, net);
        }
        if (flow == null) {
            AssignmentResult optimum = deterministic.assign(problem, affinities);
            if (optimum instanceof AssignmentResult.Assigned assigned) {
                List<String> notes = new ArrayList<>(assigned.notes());
                notes.add(String.format(Locale.ROOT, "No random assignment keeps every pair's chance at or below %.0f%%: "
                        + "the panel is too small for the cap, so the best assignment was taken.", cap * 100));
                return new AssignmentResult.Assigned(assigned.pairs(), assigned.totalAffinity(),
                        assigned.lowestApplicationAffinity(), assigned.loads(), assigned.method(), assigned.provenOptimal(), notes);
            }
            return optimum;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int draw = 1; draw <= DRAWS; draw++) {
            List<Integer> arcs = draw(p, net, flow, random);
            if (keepsTheRules(p, arcs)) {
                double expected = 0;
                for (int e = 0; e < p.arcs(); e++) {
                    expected += flow[net.arcEdge()[e]] * p.arcAffinity[e].value();
                }
                List<String> notes = List.of(String.format(Locale.ROOT,
                        "Drawn at random (draw %d): no reviewer had more than a %.0f%% chance of any application; "
                                + "expected total affinity %.3f.", draw, cap * 100, expected));
                return Results.assigned(p, arcs, String.format(Locale.ROOT, "randomised, cap %.0f%%", cap * 100), false, notes);
            }
        }
        return deterministic.assign(problem, affinities);
    }

    @Override
    public Replacement replace(AssignmentProblem problem, AffinityMatrix affinities, AssignmentResult.Assigned current,
                               Pair removed) {
        return deterministic.replace(problem, affinities, current, removed);
    }

    /**
     * The assignment as a circulation: source → application (k) → its home or abroad group (abroad at least 1 when
     * one reviewer must be abroad) → an institution of that group (at most the per-institution limit) → reviewer
     * (the pair, at most the cap, exactly 1 when pinned) → sink (the reviewer's load) → back to the source.
     */
    private record Network(int nodes, int[] tail, int[] head, double[] lower, double[] upper, int[] arcEdge) {

        static Network of(IndexedProblem p, double cap) {
            List<int[]> edges = new ArrayList<>();
            List<double[]> bounds = new ArrayList<>();
            int source = 0;
            int sink = 1;
            int next = 2;
            int reviewerBase = next;
            next += p.reviewers;
            edges.add(new int[] {sink, source});
            bounds.add(new double[] {(double) p.applications * p.k, (double) p.applications * p.k});
            for (int r = 0; r < p.reviewers; r++) {
                edges.add(new int[] {reviewerBase + r, sink});
                bounds.add(new double[] {p.minLoad[r], p.maxLoad[r]});
            }
            int[] arcEdge = new int[p.arcs()];
            for (int a = 0; a < p.applications; a++) {
                int application = next++;
                edges.add(new int[] {source, application});
                bounds.add(new double[] {p.k, p.k});
                int[] group = {next++, next++};
                edges.add(new int[] {application, group[0]});
                bounds.add(new double[] {0, p.k});
                edges.add(new int[] {application, group[1]});
                bounds.add(new double[] {p.requireForeign ? 1 : 0, p.k});
                Map<Integer, Integer> institutionNode = new HashMap<>();
                for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
                    int r = p.arcReviewer[e];
                    int g = p.foreign[r] ? 1 : 0;
                    int key = p.reviewerInstitution[r] * 2 + g;
                    Integer institution = institutionNode.get(key);
                    if (institution == null) {
                        institution = next++;
                        institutionNode.put(key, institution);
                        edges.add(new int[] {group[g], institution});
                        bounds.add(new double[] {0, Math.min(p.k, p.maxPerInstitution)});
                    }
                    arcEdge[e] = edges.size();
                    edges.add(new int[] {institution, reviewerBase + r});
                    bounds.add(p.arcPinned[e] ? new double[] {1, 1} : new double[] {0, cap});
                }
            }
            int[] tail = new int[edges.size()];
            int[] head = new int[edges.size()];
            double[] lower = new double[edges.size()];
            double[] upper = new double[edges.size()];
            for (int i = 0; i < edges.size(); i++) {
                tail[i] = edges.get(i)[0];
                head[i] = edges.get(i)[1];
                lower[i] = bounds.get(i)[0];
                upper[i] = bounds.get(i)[1];
            }
            return new Network(next, tail, head, lower, upper, arcEdge);
        }
    }

    /** Each arc's probability in the capped optimum, or null when no fractional assignment keeps the cap. */
    double[] fractional(IndexedProblem p) {
        Network net = Network.of(p, cap);
        double[] flow = solve(p, net);
        if (flow == null) {
            return null;
        }
        double[] x = new double[p.arcs()];
        for (int e = 0; e < p.arcs(); e++) {
            x[e] = flow[net.arcEdge()[e]];
        }
        return x;
    }

    /** The circulation of highest expected affinity (GLOP), or null when the bounds admit none. */
    private static double[] solve(IndexedProblem p, Network net) {
        FlowNetwork.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        int edges = net.tail().length;
        MPVariable[] x = new MPVariable[edges];
        MPConstraint[] balance = new MPConstraint[net.nodes()];
        for (int v = 0; v < net.nodes(); v++) {
            balance[v] = solver.makeConstraint(0, 0, "n" + v);
        }
        for (int i = 0; i < edges; i++) {
            x[i] = solver.makeNumVar(net.lower()[i], net.upper()[i], "e" + i);
            balance[net.tail()[i]].setCoefficient(x[i], -1);
            balance[net.head()[i]].setCoefficient(x[i], 1);
        }
        MPObjective objective = solver.objective();
        for (int e = 0; e < p.arcs(); e++) {
            objective.setCoefficient(x[net.arcEdge()[e]], p.arcWeight[e]);
        }
        objective.setMaximization();
        double[] values = null;
        if (solver.solve() == MPSolver.ResultStatus.OPTIMAL) {
            values = new double[edges];
            for (int i = 0; i < edges; i++) {
                values[i] = x[i].solutionValue();
            }
        }
        solver.delete();
        return values;
    }

    /** One assignment drawn so that each pair is in it with its probability in the circulation. */
    private List<Integer> draw(IndexedProblem p, Network net, double[] flow, SplittableRandom random) {
        double[] whole = new FlowRounding(net.nodes(), net.tail(), net.head(), flow).round(random);
        List<Integer> chosen = new ArrayList<>();
        for (int e = 0; e < p.arcs(); e++) {
            if (whole[net.arcEdge()[e]] == 1) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    /** The per-application rules the rounding does not see: reviewers of one institution, one reviewer abroad. */
    static boolean keepsTheRules(IndexedProblem p, List<Integer> arcs) {
        int[][] perInstitution = new int[p.applications][];
        boolean[] hasForeign = new boolean[p.applications];
        for (int e : arcs) {
            int a = p.arcApplication(e);
            if (perInstitution[a] == null) {
                perInstitution[a] = new int[p.institutions];
            }
            int r = p.arcReviewer[e];
            if (++perInstitution[a][p.reviewerInstitution[r]] > p.maxPerInstitution) {
                return false;
            }
            hasForeign[a] |= p.foreign[r];
        }
        if (p.requireForeign) {
            for (int a = 0; a < p.applications; a++) {
                if (!hasForeign[a]) {
                    return false;
                }
            }
        }
        return true;
    }
}
