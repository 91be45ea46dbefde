package io.grantflow.review.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the randomised assignment costs in affinity: on generated calls, the expected total affinity of the capped
 * optimum (the linear programme's value, which the draws have on average) against the deterministic optimum, the mean
 * of 50 draws to confirm it, the highest share of draws any one pair was in, and the time of one draw.
 * Run as a main class (see docs/benchmarks.md).
 */
public final class RandomisedAssignmentBenchmark {

    private static final int DRAWS = 50;

    public static void main(String[] args) {
        List<GeneratedCall.Shape> shapes = List.of(
                new GeneratedCall.Shape(100, 60, 3, 6, 0, 0.05, 1, true, 50),
                new GeneratedCall.Shape(500, 250, 3, 7, 0, 0.05, 1, true, 50),
                new GeneratedCall.Shape(1000, 450, 3, 8, 0, 0.05, 1, true, 50));
        System.out.println("k=3, 5% random conflicts, at most 1 reviewer per institution per application, one reviewer abroad, top 50 candidates");
        System.out.println("applications × reviewers | cap | optimum | expected (LP) | mean of draws | ratio | most frequent pair | ms per draw");
        for (GeneratedCall.Shape shape : shapes) {
            GeneratedCall call = GeneratedCall.generate(shape, 11);
            AffinityMatrix matrix = call.affinities(shape.topN());
            double optimum = ((AssignmentResult.Assigned) ReviewerAssignment.optimal().assign(call.problem, matrix)).totalAffinity();
            for (double cap : new double[] {0.75, 0.5, 0.33}) {
                RandomisedAssigner assigner = new RandomisedAssigner(cap, 0, ReviewerAssignment.optimal());
                IndexedProblem p = IndexedProblem.of(call.problem, matrix);
                double[] x = assigner.fractional(p);
                if (x == null) {
                    System.out.printf(Locale.ROOT, "%d × %d | %.2f | %.3f | infeasible at this cap%n", shape.applications(), shape.reviewers(), cap, optimum);
                    continue;
                }
                double expected = 0;
                for (int e = 0; e < x.length; e++) {
                    expected += x[e] * p.arcAffinity[e].value();
                }
                double sum = 0;
                Map<Pair, Integer> seen = new HashMap<>();
                long start = System.nanoTime();
                for (int seed = 0; seed < DRAWS; seed++) {
                    AssignmentResult.Assigned draw = (AssignmentResult.Assigned) new RandomisedAssigner(cap, seed, ReviewerAssignment.optimal())
                            .assign(call.problem, matrix);
                    sum += draw.totalAffinity();
                    draw.pairs().forEach(a -> seen.merge(new Pair(a.applicationId(), a.reviewerId()), 1, Integer::sum));
                }
                double ms = (System.nanoTime() - start) / 1e6 / DRAWS;
                int most = seen.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                System.out.printf(Locale.ROOT, "%d × %d | %.2f | %.3f | %.3f | %.3f | %.3f | %d/%d | %.0f%n",
                        shape.applications(), shape.reviewers(), cap, optimum, expected, sum / DRAWS, expected / optimum,
                        most, DRAWS, ms);
            }
        }
    }
}
