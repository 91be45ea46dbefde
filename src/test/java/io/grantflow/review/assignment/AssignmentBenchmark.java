package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Prints solve time, total affinity, the lowest application's affinity and the load spread of the
 * optimal assigner beside the greedy baseline on generated calls; checks the optimum against the
 * CP-SAT model on the smaller calls, measures what the top-N pruning costs, runs the fairness mode
 * on the MIDL shape and times the Lucene affinity step. Times are the median of three runs after a
 * warm-up; generating the calls is not timed.
 *
 * <pre>./mvnw -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx12g -cp %classpath io.grantflow.review.assignment.AssignmentBenchmark"</pre>
 */
public final class AssignmentBenchmark {

    private static final int TOP_N = 50;
    private static final long SEED = 42;

    public static void main(String[] args) {
        List<GeneratedCall.Shape> shapes = List.of(
                shape(118, 177, 4), shape(1_000, 500, 8), shape(5_000, 2_800, 7), shape(10_000, 10_000, 4));
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : shapes.size();
        warmUp();
        System.out.println("k=3, 5% random conflicts, same institution excluded, at most 1 reviewer per institution "
                + "per application, one reviewer from abroad per application, top " + TOP_N + " candidates");
        System.out.println();
        System.out.println("| applications × reviewers (load) | arcs | method | solve s | total affinity | lowest application | load min–max (spread) | covered |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<String> checks = new ArrayList<>();
        for (GeneratedCall.Shape shape : shapes.subList(0, largest)) {
            GeneratedCall call = GeneratedCall.generate(shape, SEED);
            AffinityMatrix matrix = call.affinities(TOP_N);
            String size = String.format(Locale.ROOT, "%,d × %,d (%d)", shape.applications(), shape.reviewers(),
                    shape.maxLoad());
            int runs = 3;
            Timed<AssignmentResult> optimal = time(runs, () -> ReviewerAssignment.optimal().assign(call.problem, matrix));
            row(size, matrix.size(), optimal.value().feasible() ? ((AssignmentResult.Assigned) optimal.value()).method() : "optimal",
                    optimal, call.problem);
            IndexedProblem p = IndexedProblem.of(call.problem, matrix);
            Timed<List<Integer>> greedy = time(runs, () -> GreedyAssigner.run(p));
            AssignmentResult.Assigned greedyResult = Results.assigned(p, greedy.value(), "greedy baseline", false, List.of());
            long short_ = shortApplications(p, greedy.value());
            System.out.printf(Locale.ROOT, "| %s | %,d | greedy baseline | %.3f | %.2f | %.3f | %s | %,d / %,d |%n",
                    size, matrix.size(), greedy.seconds(), greedyResult.totalAffinity(),
                    greedyResult.lowestApplicationAffinity(), loads(greedyResult),
                    p.applications - short_, p.applications);
            if (optimal.value() instanceof AssignmentResult.Assigned assigned) {
                checks.add(replacement(size, call, matrix, assigned));
            }
            if (shape.applications() <= 1_000 && optimal.value() instanceof AssignmentResult.Assigned assigned) {
                checks.add(independentCheck(size, p, assigned));
                checks.add(pruningGap(size, call, assigned));
            }
            if (shape.applications() == 118) {
                checks.add(fairness(size, call, matrix, (AssignmentResult.Assigned) optimal.value()));
            }
        }
        System.out.println();
        checks.forEach(System.out::println);
        System.out.println();
        lucene(118, 177);
        lucene(1_000, 500);
    }

    private static GeneratedCall.Shape shape(int applications, int reviewers, int load) {
        return new GeneratedCall.Shape(applications, reviewers, 3, load, 0, 0.05, 1, true, TOP_N);
    }

    /** Lets the JIT compile the Java side (indexing, network building, results) before anything is timed. */
    private static void warmUp() {
        GeneratedCall call = GeneratedCall.generate(shape(2_000, 1_500, 5), 7);
        AffinityMatrix matrix = call.affinities(TOP_N);
        for (int i = 0; i < 8; i++) {
            ReviewerAssignment.optimal().assign(call.problem, matrix);
            GreedyAssigner.run(IndexedProblem.of(call.problem, matrix));
        }
    }

    private static void row(String size, int arcs, String method, Timed<AssignmentResult> timed,
                            AssignmentProblem problem) {
        if (timed.value() instanceof AssignmentResult.Assigned a) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.3f | %.2f | %.3f | %s | %,d / %,d |%n", size, arcs,
                    method, timed.seconds(), a.totalAffinity(), a.lowestApplicationAffinity(), loads(a),
                    problem.applications().size(), problem.applications().size());
        } else {
            System.out.printf(Locale.ROOT, "| %s | %,d | optimal | %.3f | infeasible: %s | | | |%n", size, arcs,
                    timed.seconds(), ((AssignmentResult.Infeasible) timed.value()).reasons());
        }
    }

    /** One decline answered: the best free reviewer for that seat, nobody else moved. */
    private static String replacement(String size, GeneratedCall call, AffinityMatrix matrix,
                                      AssignmentResult.Assigned assigned) {
        Random random = new Random(SEED);
        ReviewerAssigner assigner = ReviewerAssignment.optimal();
        Timed<Replacement> timed = time(5, () -> assigner.replace(call.problem, matrix, assigned,
                assigned.pairs().get(random.nextInt(assigned.pairs().size())).pair()));
        return String.format(Locale.ROOT, "%s: replacement after a decline %.1f ms (%s)", size,
                timed.seconds() * 1000, timed.value().found() ? "found" : "nobody free");
    }

    /** The same problem as a CP-SAT 0-1 model: its proven optimum must equal the flow's. */
    private static String independentCheck(String size, IndexedProblem p, AssignmentResult.Assigned flow) {
        long flowWeight = Math.round(flow.pairs().stream().mapToDouble(a -> Math.round(a.value() * IndexedProblem.SCALE)).sum());
        long start = System.nanoTime();
        CpSatAssignment.Outcome cpSat = new CpSatAssignment(p).optimal(120);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpWeight = cpSat.arcs().stream().mapToLong(e -> p.arcWeight[e]).sum();
        return String.format(Locale.ROOT, "%s: min-cost flow optimum %d, CP-SAT %s %d (%.1f s), difference %d "
                + "(in millionths of affinity)", size, flowWeight, cpSat.proven() ? "proven optimum" : "best found",
                cpWeight, seconds, flowWeight - cpWeight);
    }

    /** What keeping only the top N candidates costs, against the optimum over every eligible pair. */
    private static String pruningGap(String size, GeneratedCall call, AssignmentResult.Assigned pruned) {
        AffinityMatrix all = call.affinities(call.problem.reviewers().size());
        AssignmentResult full = ReviewerAssignment.optimal().assign(call.problem, all);
        double fullTotal = ((AssignmentResult.Assigned) full).totalAffinity();
        return String.format(Locale.ROOT, "%s: top-%d optimum %.4f, unpruned optimum %.4f (%,d pairs), gap %.4f%%",
                size, TOP_N, pruned.totalAffinity(), fullTotal, all.size(),
                100 * (fullTotal - pruned.totalAffinity()) / fullTotal);
    }

    private static String fairness(String size, GeneratedCall call, AffinityMatrix matrix,
                                   AssignmentResult.Assigned optimal) {
        AssignmentProblem fairProblem = call.problem.withMode(AssignmentProblem.Mode.FAIR);
        Timed<AssignmentResult> fair = time(1, () -> ReviewerAssignment.optimal(60).assign(fairProblem, matrix));
        AssignmentResult.Assigned f = (AssignmentResult.Assigned) fair.value();
        return String.format(Locale.ROOT, "%s fairness: lowest application %.3f -> %.3f, total %.3f -> %.3f "
                + "(%.4f%% less, tolerance %.2f%%), %s, %.1f s", size, optimal.lowestApplicationAffinity(),
                f.lowestApplicationAffinity(), optimal.totalAffinity(), f.totalAffinity(),
                100 * (optimal.totalAffinity() - f.totalAffinity()) / optimal.totalAffinity(),
                100 * fairProblem.fairnessTolerance(), f.provenOptimal() ? "proven" : "time limit reached",
                fair.seconds());
    }

    private static void lucene(int applications, int reviewers) {
        AssignmentProblem problem = TextCalls.generate(applications, reviewers, new Random(SEED));
        new AffinityModel().build(problem);
        Timed<AffinityMatrix> timed = time(3, () -> new AffinityModel().build(problem));
        System.out.printf(Locale.ROOT, "Lucene affinity (index %,d profiles, score %,d applications, keep top %d): "
                + "%.3f s, %,d pairs%n", reviewers, applications, problem.topN(), timed.seconds(), timed.value().size());
    }

    private static String loads(AssignmentResult.Assigned a) {
        int min = a.loads().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = a.loads().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return min + "–" + max + " (" + a.loadSpread() + ")";
    }

    private static long shortApplications(IndexedProblem p, List<Integer> arcs) {
        int[] count = new int[p.applications];
        arcs.forEach(e -> count[p.arcApplication(e)]++);
        return Arrays.stream(count).filter(c -> c < p.k).count();
    }

    record Timed<T>(T value, double seconds) { }

    /** Median of the runs. */
    private static <T> Timed<T> time(int runs, Supplier<T> work) {
        double[] seconds = new double[runs];
        T value = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            value = work.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timed<>(value, seconds[runs / 2]);
    }
}
