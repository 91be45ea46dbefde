package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    final int sink;
    /** Network arc → problem arc, for the application-reviewer arcs. */
    final Map<Integer, Integer> pairArcs = new HashMap<>();
    final List<Integer> institutionArcs = new ArrayList<>();
    /** Reviewer → sink arc of each reviewer. */
    final int[] reviewerArc;
    /** False when an institution has reviewers on both sides of the foreign rule and its cap binds. */
    final boolean exact;
    /** False when pins fill an application's seats without the reviewer from abroad it needs. */
    final boolean pinsLeaveRoom;

    AssignmentNetwork(IndexedProblem p, Rules rules) {
        this.problem = p;
        IndexedProblem.Pinned pinned = p.pinned();
        boolean foreignSplit = p.requireForeign && (rules == Rules.ALL || rules == Rules.COVERAGE_AND_FOREIGN);
        boolean foreignOnly = rules == Rules.FOREIGN_ONLY;
        applicationNode = new int[p.applications];
        reviewerNode = new int[p.reviewers];
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
        Map<Integer, List<Integer>> byInstitution = new HashMap<>();
        for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
            if (!p.arcPinned[e] && (!foreignOnly || p.foreign[p.arcReviewer[e]])) {
                byInstitution.computeIfAbsent(p.reviewerInstitution[p.arcReviewer[e]], i -> new ArrayList<>()).add(e);
            }
        }
        boolean laminar = true;
        for (Map.Entry<Integer, List<Integer>> entry : byInstitution.entrySet()) {
            int cap = p.maxPerInstitution == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : p.maxPerInstitution - pinned.inInstitution(a, entry.getKey());
            if (cap <= 0) {
                continue;
            }
            List<Integer> arcs = entry.getValue();
            boolean binds = arcs.size() > cap;
            long foreignCount = arcs.stream().filter(e -> p.foreign[p.arcReviewer[e]]).count();
            boolean mixed = foreignSide != homeSide && foreignCount > 0 && foreignCount < arcs.size();
            laminar &= !(binds && mixed);
            Map<Integer, Integer> gadgets = new HashMap<>();
            for (int e : arcs) {
                int r = p.arcReviewer[e];
                int from = p.foreign[r] ? foreignSide : homeSide;
                if (binds) {
                    final int side = from;
                    from = gadgets.computeIfAbsent(side, s -> {
                        int node = network.addNode();
                        institutionArcs.add(network.addArc(s, node, cap, 0));
                        return node;
                    });
                }
                long cost = withCosts ? IndexedProblem.SCALE - p.arcWeight[e] : 0;
                pairArcs.put(network.addArc(from, reviewerNode[r], 1, cost), e);
            }
        }
        return laminar;
    }

    /** The problem arcs that carry flow: the chosen pairs, pins excluded. */
    List<Integer> chosenArcs(FlowNetwork.Solution solution) {
        List<Integer> chosen = new ArrayList<>();
        pairArcs.forEach((networkArc, problemArc) -> {
            if (network.flow(solution, networkArc) > 0) {
                chosen.add(problemArc);
            }
        });
        return chosen;
    }
}
