package io.grantflow.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each reviewer's leniency estimated from the reviewers the applications share, and the applications' means
 * corrected for it. The model: a score is the application's quality plus its reviewer's leniency plus noise. It is
 * solved by least squares with a prior that pulls every leniency toward 0 as strongly as {@link #PRIOR_REVIEWS}
 * reviews would, so that a reviewer seen once barely moves. Leniencies are only comparable within a group of
 * reviewers linked by shared applications (a connected component): in each group they are centred so that the
 * group's reviews keep their overall mean. Calibration is possible when some group holds at least two reviewers and
 * two applications; otherwise every leniency is 0 and the calibrated means are the raw ones.
 */
public final class ReviewerCalibration {

    /** How many reviews' worth of evidence the prior "leniency 0" carries. */
    public static final double PRIOR_REVIEWS = 3;
    private static final int MAX_ROUNDS = 10_000;
    private static final double CONVERGED = 1e-10;

    /** One review summed up in one number: its reviewer, its application and its (weighted) score. */
    public record Score(String reviewerId, String applicationId, double score) {
    }

    /**
     * The leniency of each reviewer (above 0: scores higher than the others), the calibrated mean of each
     * application, how many reviewers reviewed more than one application, and whether any calibration was possible.
     */
    public record Result(Map<String, Double> leniency, Map<String, Double> calibratedMeans, int sharedReviewers,
                         boolean possible) {
    }

    private ReviewerCalibration() {
    }

    public static Result estimate(List<Score> scores) {
        Index reviewers = new Index();
        Index applications = new Index();
        for (Score s : scores) {
            reviewers.of(s.reviewerId());
            applications.of(s.applicationId());
        }
        int nr = reviewers.size();
        int na = applications.size();
        int[] reviewer = new int[scores.size()];
        int[] application = new int[scores.size()];
        double[] score = new double[scores.size()];
        int[] reviewsOfReviewer = new int[nr];
        int[] reviewsOfApplication = new int[na];
        for (int i = 0; i < scores.size(); i++) {
            reviewer[i] = reviewers.of(scores.get(i).reviewerId());
            application[i] = applications.of(scores.get(i).applicationId());
            score[i] = scores.get(i).score();
            reviewsOfReviewer[reviewer[i]]++;
            reviewsOfApplication[application[i]]++;
        }

        // alternating least squares: each quality given the leniencies, then each leniency given the qualities
        double[] bias = new double[nr];
        double[] quality = new double[na];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] sum = new double[na];
            for (int i = 0; i < score.length; i++) {
                sum[application[i]] += score[i] - bias[reviewer[i]];
            }
            for (int a = 0; a < na; a++) {
                quality[a] = sum[a] / reviewsOfApplication[a];
            }
            double[] residual = new double[nr];
            for (int i = 0; i < score.length; i++) {
                residual[reviewer[i]] += score[i] - quality[application[i]];
            }
            double change = 0;
            for (int r = 0; r < nr; r++) {
                double next = residual[r] / (reviewsOfReviewer[r] + PRIOR_REVIEWS);
                change = Math.max(change, Math.abs(next - bias[r]));
                bias[r] = next;
            }
            if (change < CONVERGED) {
                break;
            }
        }

        // connected components of the reviewer-application graph (reviewers 0..nr-1, applications nr..nr+na-1)
        UnionFind groups = new UnionFind(nr + na);
        for (int i = 0; i < score.length; i++) {
            groups.join(reviewer[i], nr + application[i]);
        }
        Map<Integer, double[]> biasSumAndCount = new HashMap<>();
        Map<Integer, int[]> reviewersAndApplications = new HashMap<>();
        for (int i = 0; i < score.length; i++) {
            double[] acc = biasSumAndCount.computeIfAbsent(groups.root(reviewer[i]), g -> new double[2]);
            acc[0] += bias[reviewer[i]];
            acc[1]++;
        }
        for (int r = 0; r < nr; r++) {
            reviewersAndApplications.computeIfAbsent(groups.root(r), g -> new int[2])[0]++;
        }
        for (int a = 0; a < na; a++) {
            reviewersAndApplications.computeIfAbsent(groups.root(nr + a), g -> new int[2])[1]++;
        }
        boolean possible = reviewersAndApplications.values().stream().anyMatch(c -> c[0] >= 2 && c[1] >= 2);
        for (int r = 0; r < nr; r++) {
            double[] acc = biasSumAndCount.get(groups.root(r));
            bias[r] = possible ? bias[r] - acc[0] / acc[1] : 0;
        }

        double[] calibrated = new double[na];
        for (int i = 0; i < score.length; i++) {
            calibrated[application[i]] += (score[i] - bias[reviewer[i]]) / reviewsOfApplication[application[i]];
        }
        Map<String, Double> leniency = new LinkedHashMap<>();
        for (int r = 0; r < nr; r++) {
            leniency.put(reviewers.ids.get(r), bias[r]);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (int a = 0; a < na; a++) {
            means.put(applications.ids.get(a), calibrated[a]);
        }
        int shared = 0;
        for (int count : reviewsOfReviewer) {
            shared += count > 1 ? 1 : 0;
        }
        return new Result(leniency, means, shared, possible);
    }

    /** Ids numbered in the order first met. */
    private static final class Index {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> ids = new ArrayList<>();

        int of(String id) {
            return numbers.computeIfAbsent(id, k -> {
                ids.add(k);
                return ids.size() - 1;
            });
        }

        int size() {
            return ids.size();
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            parent[root(a)] = root(b);
        }
    }
}
