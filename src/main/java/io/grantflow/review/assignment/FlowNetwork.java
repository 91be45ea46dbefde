package io.grantflow.review.assignment;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A flow network kept on the Java side (so that the residual graph can be walked after solving)
 * and solved by OR-tools' min-cost flow. Arc lower bounds are turned into node supplies, the
 * textbook reduction, so "at least one" rules stay inside the network.
 */
final class FlowNetwork {

    private static volatile boolean loaded;

    private int nodes;
    private long[] supply = new long[64];
    private int arcs;
    private int[] tail = new int[256];
    private int[] head = new int[256];
    private long[] capacity = new long[256];
    private long[] cost = new long[256];
    private long[] lower = new long[256];

    static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (FlowNetwork.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    int addNode() {
        if (nodes == supply.length) {
            supply = Arrays.copyOf(supply, nodes * 2);
        }
        return nodes++;
    }

    void addSupply(int node, long amount) {
        supply[node] += amount;
    }

    /** Makes the node absorb whatever the others supply. */
    void balanceAt(int node) {
        long total = 0;
        for (int v = 0; v < nodes; v++) {
            total += supply[v];
        }
        supply[node] -= total;
    }

    int addArc(int from, int to, long capacity, long cost) {
        return addArc(from, to, 0, capacity, cost);
    }

    /** An arc that must carry at least {@code lowerBound} units. */
    int addArc(int from, int to, long lowerBound, long capacity, long unitCost) {
        if (arcs == tail.length) {
            int size = arcs * 2;
            tail = Arrays.copyOf(tail, size);
            head = Arrays.copyOf(head, size);
            this.capacity = Arrays.copyOf(this.capacity, size);
            cost = Arrays.copyOf(cost, size);
            lower = Arrays.copyOf(lower, size);
        }
        tail[arcs] = from;
        head[arcs] = to;
        this.capacity[arcs] = capacity - lowerBound;
        cost[arcs] = unitCost;
        lower[arcs] = lowerBound;
        supply[from] -= lowerBound;
        supply[to] += lowerBound;
        return arcs++;
    }

    int nodes() {
        return nodes;
    }

    int head(int arc) {
        return head[arc];
    }

    int tail(int arc) {
        return tail[arc];
    }

    /** Pushes as much of the supply as the network takes, at least cost among maximum flows. */
    Solution solve() {
        loadNativeLibraries();
        MinCostFlow solver = new MinCostFlow(nodes, arcs);
        try {
            for (int e = 0; e < arcs; e++) {
                solver.addArcWithCapacityAndUnitCost(tail[e], head[e], capacity[e], cost[e]);
            }
            long demanded = 0;
            for (int v = 0; v < nodes; v++) {
                solver.setNodeSupply(v, supply[v]);
                demanded += Math.max(0, supply[v]);
            }
            MinCostFlowBase.Status status = solver.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow failed: " + status);
            }
            long[] flow = new long[arcs];
            for (int e = 0; e < arcs; e++) {
                flow[e] = solver.getFlow(e);
            }
            return new Solution(flow, solver.getMaximumFlow() == demanded);
        } finally {
            solver.delete();
        }
    }

    /** Flow on an arc, its lower bound included. */
    long flow(Solution solution, int arc) {
        return lower[arc] + solution.flow[arc];
    }

    /**
     * The nodes that could still send flow from a node whose supply was not met: every arc leaving
     * this set is full, so what these nodes sent is the most they can ever send (max-flow min-cut).
     */
    boolean[] blockedSide(Solution solution) {
        long[] net = new long[nodes];
        for (int e = 0; e < arcs; e++) {
            net[tail[e]] += solution.flow[e];
            net[head[e]] -= solution.flow[e];
        }
        int[] start = new int[nodes + 1];
        for (int e = 0; e < arcs; e++) {
            start[tail[e] + 1]++;
            start[head[e] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, nodes);
        int[] incident = new int[2 * arcs];
        for (int e = 0; e < arcs; e++) {
            incident[fill[tail[e]]++] = e;
            incident[fill[head[e]]++] = e;
        }
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < nodes; v++) {
            if (supply[v] > 0 && net[v] < supply[v]) {
                seen[v] = true;
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int i = start[v]; i < start[v + 1]; i++) {
                int e = incident[i];
                int next;
                if (tail[e] == v && solution.flow[e] < capacity[e]) {
                    next = head[e];
                } else if (head[e] == v && solution.flow[e] > 0) {
                    next = tail[e];
                } else {
                    continue;
                }
                if (!seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** Supply each node could not send. */
    long[] unmetSupply(Solution solution) {
        long[] unmet = Arrays.copyOf(supply, nodes);
        for (int e = 0; e < arcs; e++) {
            unmet[tail[e]] -= solution.flow[e];
            unmet[head[e]] += solution.flow[e];
        }
        for (int v = 0; v < nodes; v++) {
            unmet[v] = supply[v] > 0 ? Math.max(0, unmet[v]) : 0;
        }
        return unmet;
    }

    record Solution(long[] flow, boolean complete) { }
}
