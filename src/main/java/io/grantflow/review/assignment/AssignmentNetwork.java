package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The assignment as a flow: application (supply k) → [foreign / home side] → [application ×
 * institution, capacity t] → reviewer (capacity = load) → sink. Each unit of flow through an
 * application-reviewer arc is one assignment. The foreign rule is a lower bound of 1 on the
 * application's foreign side, minimum loads are lower bounds on the reviewers' sink arcs. Pinned
 * pairs are taken out beforehand and only what they leave is offered to the flow.
 */
final class AssignmentNetwork {

    /** Which rules this network carries; the diagnosis checks them one group at a time. */
    enum Rules {
        /** Everything: k, loads, institution cap, foreign rule, minimum loads; costs from affinity. */
        ALL,
        /** k, maximum loads and the institution cap only. */
        COVERAGE,
        /** COVERAGE plus the foreign rule. */
        COVERAGE_AND_FOREIGN,
        /** One foreign reviewer per application that still needs one, nothing else. */
        FOREIGN_ONLY,
        /** How much of the minimum loads the applications can fill. */
        MINIMUM_LOADS
    }

    final IndexedProblem problem;
    final FlowNetwork network = new FlowNetwork();
    final int[] applicationNode;
    final int[] reviewerNode;
    /** The node that must pass at least one reviewer from abroad, -1 where there is none. */
    final int[] foreignSideNode;
    final int sink;
    /** Network arc → problem arc for the application-reviewer arcs, -1 for the others. */
    private int[] problemArcOf = new int[1024];
    final List<Integer> institutionArcs = new ArrayList<>();
    /** Reviewer → sink arc of each reviewer. */
    final int[] reviewerArc;
    /** False when an institution has reviewers on both sides of the foreign rule and its cap binds. */
    final boolean exact;
    /** False when pins fill an application's seats without the reviewer from abroad it needs. */
    final boolean pinsLeaveRoom;

    AssignmentNetwork(IndexedProblem p, Rules rules) {
        this.problem = p;
        Arrays.fill(problemArcOf, -1);
        IndexedProblem.Pinned pinned = p.pinned();
        boolean foreignSplit = p.requireForeign && (rules == Rules.ALL || rules == Rules.COVERAGE_AND_FOREIGN);
        boolean foreignOnly = rules == Rules.FOREIGN_ONLY;
        applicationNode = new int[p.applications];
        reviewerNode = new int[p.reviewers];
        foreignSideNode = new int[p.applications];
        Arrays.fill(foreignSideNode, -1);
        for (int a = 0; a < p.applications; a++) {
            applicationNode[a] = network.addNode();
        }
        for (int r = 0; r < p.reviewers; r++) {
            reviewerNode[r] = network.addNode();
        }
        sink = network.addNode();

        boolean laminar = true;
        boolean room = true;
        for (int a = 0; a < p.applications; a++) {
            int remaining = Math.max(0, p.k - pinned.perApplication[a]);
            boolean needsForeign = p.requireForeign && !pinned.foreignPinned[a];
            room &= !(foreignSplit && needsForeign && remaining == 0);
            int supply = foreignOnly ? (needsForeign ? 1 : 0) : remaining;
            if (supply == 0) {
                continue;
            }
            int node = applicationNode[a];
            network.addSupply(node, supply);
            int foreignSide = node;
            int homeSide = node;
            if (foreignSplit && needsForeign) {
                foreignSide = network.addNode();
                homeSide = network.addNode();
                foreignSideNode[a] = foreignSide;
                network.addArc(node, foreignSide, 1, remaining, 0);
                network.addArc(node, homeSide, remaining - 1, 0);
            }
            laminar &= addReviewerArcs(p, pinned, a, foreignSide, homeSide, foreignOnly, rules == Rules.ALL);
        }
        exact = laminar;
        pinsLeaveRoom = room;
        reviewerArc = new int[p.reviewers];

        for (int r = 0; r < p.reviewers; r++) {
            int max = Math.max(0, p.maxLoad[r] - pinned.perReviewer[r]);
            int min = Math.min(max, Math.max(0, p.minLoad[r] - pinned.perReviewer[r]));
            switch (rules) {
                case ALL -> reviewerArc[r] = network.addArc(reviewerNode[r], sink, min, max, 0);
                case MINIMUM_LOADS -> reviewerArc[r] = network.addArc(reviewerNode[r], sink, min, 0);
                default -> reviewerArc[r] = network.addArc(reviewerNode[r], sink, max, 0);
            }
        }
        network.balanceAt(sink);
    }

    /** Adds application a's arcs to reviewers, through an institution node where the cap can bind. */
    private boolean addReviewerArcs(IndexedProblem p, IndexedProblem.Pinned pinned, int a, int foreignSide,
                                    int homeSide, boolean foreignOnly, boolean withCosts) {
        boolean laminar = true;
        // Arcs are sorted by institution: each run of equal institutions is one group.
        int end = p.arcStart[a + 1];
        for (int from = p.arcStart[a]; from < end; ) {
            int institution = p.reviewerInstitution[p.arcReviewer[from]];
            int to = from;
            int size = 0;
            int foreignCount = 0;
            for (; to < end && p.reviewerInstitution[p.arcReviewer[to]] == institution; to++) {
                if (usable(p, to, foreignOnly)) {
                    size++;
                    foreignCount += p.foreign[p.arcReviewer[to]] ? 1 : 0;
                }
            }
            int cap = p.maxPerInstitution == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : p.maxPerInstitution - pinned.inInstitution(a, institution);
            if (cap > 0 && size > 0) {
                boolean binds = size > cap;
                boolean mixed = foreignSide != homeSide && foreignCount > 0 && foreignCount < size;
                laminar &= !(binds && mixed);
                int foreignGadget = -1;
                int homeGadget = -1;
                for (int e = from; e < to; e++) {
                    if (!usable(p, e, foreignOnly)) {
                        continue;
                    }
                    int r = p.arcReviewer[e];
                    int tail = p.foreign[r] ? foreignSide : homeSide;
                    if (binds) {
                        if (p.foreign[r] || foreignSide == homeSide) {
                            foreignGadget = foreignGadget >= 0 ? foreignGadget : gadget(foreignSide, cap);
                            tail = foreignGadget;
                        } else {
                            homeGadget = homeGadget >= 0 ? homeGadget : gadget(homeSide, cap);
                            tail = homeGadget;
                        }
                    }
                    long cost = withCosts ? IndexedProblem.SCALE - p.arcWeight[e] : 0;
                    record(network.addArc(tail, reviewerNode[r], 1, cost), e);
                }
            }
            from = to;
        }
        return laminar;
    }

    private static boolean usable(IndexedProblem p, int e, boolean foreignOnly) {
        return !p.arcPinned[e] && (!foreignOnly || p.foreign[p.arcReviewer[e]]);
    }

    /** A node that lets at most {@code cap} reviewers of one institution through. */
    private int gadget(int side, int cap) {
        int node = network.addNode();
        institutionArcs.add(network.addArc(side, node, cap, 0));
        return node;
    }

    private void record(int networkArc, int problemArc) {
        if (networkArc >= problemArcOf.length) {
            int old = problemArcOf.length;
            problemArcOf = Arrays.copyOf(problemArcOf, Math.max(networkArc + 1, old * 2));
            Arrays.fill(problemArcOf, old, problemArcOf.length, -1);
        }
        problemArcOf[networkArc] = problemArc;
    }

    /** The problem arcs that carry flow: the chosen pairs, pins excluded. */
    List<Integer> chosenArcs(FlowNetwork.Solution solution) {
        List<Integer> chosen = new ArrayList<>();
        for (int arc = 0; arc < Math.min(problemArcOf.length, solution.flow().length); arc++) {
            if (problemArcOf[arc] >= 0 && network.flow(solution, arc) > 0) {
                chosen.add(problemArcOf[arc]);
            }
        }
        return chosen;
    }
}
