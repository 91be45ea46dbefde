package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Dependent rounding of a fractional circulation (every node's inflow equals its outflow): while an edge carries a
 * fractional flow, take a cycle of such edges (one always exists, since a node with a single fractional edge could not
 * balance), push flow around it, forwards or backwards, by the amount that makes one of its edges whole, the direction
 * drawn so that each edge's expected flow stays what it was. Each edge ends at the whole number just below or just
 * above its fractional flow, so integer bounds keep holding, and each node stays balanced.
 */
final class FlowRounding {

    private static final double EPSILON = 1e-6;

    private final int[] tail;
    private final int[] head;
    private final double[] flow;
    private final List<List<Integer>> edgesAt = new ArrayList<>();

    FlowRounding(int nodes, int[] tail, int[] head, double[] flow) {
        this.tail = tail;
        this.head = head;
        this.flow = flow.clone();
        for (int v = 0; v < nodes; v++) {
            edgesAt.add(new ArrayList<>());
        }
        for (int e = 0; e < flow.length; e++) {
            this.flow[e] = snapped(this.flow[e]);
            if (fractional(e)) {
                edgesAt.get(tail[e]).add(e);
                edgesAt.get(head[e]).add(e);
            }
        }
    }

    /** The whole flows, drawn with the given randomness. */
    double[] round(SplittableRandom random) {
        List<Integer> cycle = new ArrayList<>();
        List<Boolean> forward = new ArrayList<>();
        int start = 0;
        while ((start = nextFractionalNode(start)) >= 0) {
            if (!cycleFrom(start, cycle, forward)) {
                continue;
            }
            double up = Double.MAX_VALUE;
            double down = Double.MAX_VALUE;
            for (int i = 0; i < cycle.size(); i++) {
                double value = flow[cycle.get(i)];
                double toCeil = Math.ceil(value) - value;
                double toFloor = value - Math.floor(value);
                up = Math.min(up, forward.get(i) ? toCeil : toFloor);
                down = Math.min(down, forward.get(i) ? toFloor : toCeil);
            }
            double push = random.nextDouble() < down / (up + down) ? up : -down;
            for (int i = 0; i < cycle.size(); i++) {
                int e = cycle.get(i);
                flow[e] = snapped(flow[e] + (forward.get(i) ? push : -push));
                if (!fractional(e)) {
                    edgesAt.get(tail[e]).remove(Integer.valueOf(e));
                    edgesAt.get(head[e]).remove(Integer.valueOf(e));
                }
            }
        }
        return flow;
    }

    private int nextFractionalNode(int from) {
        for (int v = from; v < edgesAt.size(); v++) {
            if (!edgesAt.get(v).isEmpty()) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Walks fractional edges from the node, never straight back, until a node comes again: the loop closed. A dead end
     * is the solver's rounding error (an edge a hair off a whole number): that edge is made whole and false returned.
     */
    private boolean cycleFrom(int start, List<Integer> cycle, List<Boolean> forward) {
        List<Integer> walk = new ArrayList<>();
        List<Boolean> directions = new ArrayList<>();
        Map<Integer, Integer> seenAt = new HashMap<>();
        int node = start;
        int cameBy = -1;
        while (!seenAt.containsKey(node)) {
            seenAt.put(node, walk.size());
            int next = -1;
            for (int e : edgesAt.get(node)) {
                if (e != cameBy) {
                    next = e;
                    break;
                }
            }
            if (next < 0) {
                flow[cameBy] = Math.rint(flow[cameBy]);
                edgesAt.get(tail[cameBy]).remove(Integer.valueOf(cameBy));
                edgesAt.get(head[cameBy]).remove(Integer.valueOf(cameBy));
                return false;
            }
            boolean out = tail[next] == node;
            walk.add(next);
            directions.add(out);
            node = out ? head[next] : tail[next];
            cameBy = next;
        }
        int from = seenAt.get(node);
        cycle.clear();
        forward.clear();
        cycle.addAll(walk.subList(from, walk.size()));
        forward.addAll(directions.subList(from, directions.size()));
        return true;
    }

    private boolean fractional(int e) {
        return flow[e] != Math.rint(flow[e]);
    }

    private static double snapped(double value) {
        double whole = Math.rint(value);
        return Math.abs(value - whole) < EPSILON ? whole : value;
    }
}
