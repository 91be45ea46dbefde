package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random call: applications and reviewers get topic vectors (two or three strong topics
 * and a little of everything), affinity is their cosine, institutions and countries are shared,
 * and a given share of all pairs are declared conflicts.
 */
final class GeneratedCall {

    private static final String[] ABROAD = {"DE", "IT", "JP", "US", "BR", "CA", "IN"};
    private static final int TOPICS = 24;

    final AssignmentProblem problem;
    final double[][] applicationTopics;
    final double[][] reviewerTopics;

    private GeneratedCall(AssignmentProblem problem, double[][] applicationTopics, double[][] reviewerTopics) {
        this.problem = problem;
        this.applicationTopics = applicationTopics;
        this.reviewerTopics = reviewerTopics;
    }

    record Shape(int applications, int reviewers, int k, int maxLoad, int minLoad, double conflictRate,
                 int maxPerInstitution, boolean requireForeign, int topN) { }

    static GeneratedCall generate(Shape shape, long seed) {
        Random random = new Random(seed);
        int institutionCount = Math.max(3, shape.reviewers() / 4);
        String[] institutionCountry = new String[institutionCount];
        for (int i = 0; i < institutionCount; i++) {
            institutionCountry[i] = random.nextDouble() < 0.6 ? "FR" : ABROAD[random.nextInt(ABROAD.length)];
        }
        List<Reviewer> reviewers = new ArrayList<>();
        double[][] reviewerTopics = new double[shape.reviewers()][];
        for (int r = 0; r < shape.reviewers(); r++) {
            int institution = random.nextInt(institutionCount);
            reviewerTopics[r] = topics(random);
            reviewers.add(new Reviewer("R" + r, "I" + institution, institutionCountry[institution], List.of(), "",
                    shape.maxLoad(), shape.minLoad()));
        }
        List<Submission> applications = new ArrayList<>();
        double[][] applicationTopics = new double[shape.applications()][];
        for (int a = 0; a < shape.applications(); a++) {
            applicationTopics[a] = topics(random);
            applications.add(new Submission("A" + a, "I" + random.nextInt(institutionCount), "", "", List.of()));
        }
        Set<Pair> conflicts = new HashSet<>();
        for (int a = 0; a < shape.applications(); a++) {
            for (int r = 0; r < shape.reviewers(); r++) {
                if (random.nextDouble() < shape.conflictRate()) {
                    conflicts.add(new Pair("A" + a, "R" + r));
                }
            }
        }
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers)
                .reviewersPerApplication(shape.k()).conflicts(conflicts).maxPerInstitution(shape.maxPerInstitution())
                .homeCountry("FR").requireForeignReviewer(shape.requireForeign()).topN(shape.topN()).build();
        return new GeneratedCall(problem, applicationTopics, reviewerTopics);
    }

    /** Top-N eligible reviewers per application by topic cosine; topN ≥ reviewers keeps every eligible pair. */
    AffinityMatrix affinities(int topN) {
        Eligibility eligibility = new Eligibility(problem);
        Map<String, List<Affinity>> byApplication = new HashMap<>();
        List<Reviewer> reviewers = problem.reviewers();
        for (int a = 0; a < applicationTopics.length; a++) {
            Submission application = problem.applications().get(a);
            PriorityQueue<double[]> best = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
            for (int r = 0; r < reviewers.size(); r++) {
                double value = cosine(applicationTopics[a], reviewerTopics[r]);
                if (best.size() < topN || value > best.peek()[0]) {
                    if (!eligibility.eligible(application, reviewers.get(r))) {
                        continue;
                    }
                    best.add(new double[] {value, r});
                    if (best.size() > topN) {
                        best.poll();
                    }
                }
            }
            List<Affinity> list = new ArrayList<>(best.size());
            for (double[] entry : best) {
                String reviewer = reviewers.get((int) entry[1]).id();
                list.add(new Affinity(application.id(), reviewer, entry[0], entry[0], 0, 0, false, List.of(), List.of()));
            }
            byApplication.put(application.id(), list);
        }
        return new AffinityMatrix(byApplication);
    }

    private static double[] topics(Random random) {
        double[] v = new double[TOPICS];
        for (int t = 0; t < TOPICS; t++) {
            v[t] = 0.03 * random.nextDouble();
        }
        int strong = 2 + random.nextInt(2);
        for (int i = 0; i < strong; i++) {
            v[random.nextInt(TOPICS)] += -Math.log(1 - random.nextDouble());
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < TOPICS; t++) {
            v[t] /= norm;
        }
        return v;
    }

    private static double cosine(double[] x, double[] y) {
        double sum = 0;
        for (int t = 0; t < x.length; t++) {
            sum += x[t] * y[t];
        }
        return Math.min(1, sum);
    }
}
