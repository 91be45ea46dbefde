package io.grantflow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import io.grantflow.decision.ReviewerCalibration;

/**
 * How well raw and calibrated means recover the true order of generated calls whose true quality is known. Each call
 * has N applications of quality drawn from N(3, 0.7), each scored by k reviewers of a pool sized for about 6 reviews
 * each (each application goes to the k least loaded reviewers, ties drawn at random); a reviewer's leniency is drawn
 * from N(0, 0.5) and each score is quality + leniency + N(0, 0.6) noise, rounded to an integer and clipped to 1–5.
 * For each call: Kendall's tau-b between the true quality and the raw mean, and between the true quality and the
 * calibrated mean ({@link ReviewerCalibration}); the funded set is the top 20% (the envelope), ties in submission
 * order as the product ranks; "missed" is the share of the truly best 20% left out of it.
 * Arguments: seed (42), calls per size as a multiple of the default (1).
 */
public final class CalibrationBenchmark {

    static final double QUALITY_SD = 0.7;
    static final double LENIENCY_SD = 0.5;
    static final double NOISE_SD = 0.6;
    static final int REVIEWS_PER_REVIEWER = 6;
    static final double FUNDED_SHARE = 0.2;

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Map<Integer, Integer> callsOfSize = Map.of(10, 1000, 100, 200, 1000, 40);
        System.out.printf("Calibration benchmark: seed %d, quality N(3, %.1f), leniency N(0, %.1f), noise N(0, %.1f), "
                        + "integer scores 1-5, about %d reviews per reviewer, funded = top %.0f%%%n", seed, QUALITY_SD,
                LENIENCY_SD, NOISE_SD, REVIEWS_PER_REVIEWER, FUNDED_SHARE * 100);
        System.out.println();
        System.out.println("| applications | reviewers each | pool | calls | tau raw | tau calibrated | funded set missed, raw | "
                + "missed, calibrated | calls where calibration changes the funded set | applications swapped per call | "
                + "ms per calibration |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Random random = new Random(seed);
        for (int n : new int[] {10, 100, 1000}) {
            for (int k : new int[] {2, 3, 4}) {
                int calls = Math.max(1, (int) Math.round(callsOfSize.get(n) * scale));
                int pool = Math.max(k + 1, (int) Math.ceil(n * k / (double) REVIEWS_PER_REVIEWER));
                double tauRaw = 0;
                double tauCalibrated = 0;
                double missedRaw = 0;
                double missedCalibrated = 0;
                int changed = 0;
                double swapped = 0;
                long nanos = 0;
                for (int c = 0; c < calls; c++) {
                    GeneratedCall call = GeneratedCall.of(n, k, pool, random);
                    long start = System.nanoTime();
                    ReviewerCalibration.Result result = ReviewerCalibration.estimate(call.scores);
                    nanos += System.nanoTime() - start;
                    double[] raw = call.rawMeans();
                    double[] calibrated = new double[n];
                    for (int a = 0; a < n; a++) {
                        calibrated[a] = result.calibratedMeans().get("a" + a);
                    }
                    tauRaw += kendallTauB(call.quality, raw);
                    tauCalibrated += kendallTauB(call.quality, calibrated);
                    int funded = (int) Math.ceil(n * FUNDED_SHARE);
                    Set<Integer> best = top(call.quality, funded);
                    Set<Integer> byRaw = top(raw, funded);
                    Set<Integer> byCalibrated = top(calibrated, funded);
                    missedRaw += missed(best, byRaw) / (double) funded;
                    missedCalibrated += missed(best, byCalibrated) / (double) funded;
                    int swaps = missed(byRaw, byCalibrated);
                    changed += swaps > 0 ? 1 : 0;
                    swapped += swaps;
                }
                System.out.printf("| %,d | %d | %,d | %,d | %.3f | %.3f | %.1f%% | %.1f%% | %.0f%% | %.2f | %.2f |%n", n, k,
                        pool, calls, tauRaw / calls, tauCalibrated / calls, 100 * missedRaw / calls,
                        100 * missedCalibrated / calls, 100.0 * changed / calls, swapped / calls, nanos / 1e6 / calls);
            }
        }
    }

    /** The indices of the m highest values, ties in index (submission) order. */
    static Set<Integer> top(double[] values, int m) {
        return new HashSet<>(IntStream.range(0, values.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i))
                .limit(m).toList());
    }

    /** How many of {@code expected} are not in {@code actual}. */
    static int missed(Set<Integer> expected, Set<Integer> actual) {
        return (int) expected.stream().filter(i -> !actual.contains(i)).count();
    }

    /** Kendall's tau-b, which counts ties (raw means of integer scores tie often). */
    static double kendallTauB(double[] x, double[] y) {
        long concordant = 0;
        long discordant = 0;
        long tiesX = 0;
        long tiesY = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double dx = Math.signum(x[i] - x[j]);
                double dy = Math.signum(y[i] - y[j]);
                if (dx == 0 && dy == 0) {
                    continue;
                }
                if (dx == 0) {
                    tiesX++;
                } else if (dy == 0) {
                    tiesY++;
                } else if (dx == dy) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double denominator = Math.sqrt((double) (concordant + discordant + tiesX) * (concordant + discordant + tiesY));
        return denominator == 0 ? 0 : (concordant - discordant) / denominator;
    }

    /** A call with its true qualities and the scores its reviewers gave. */
    record GeneratedCall(double[] quality, List<ReviewerCalibration.Score> scores) {

        static GeneratedCall of(int n, int k, int pool, Random random) {
            double[] quality = new double[n];
            double[] leniency = new double[pool];
            for (int a = 0; a < n; a++) {
                quality[a] = 3 + QUALITY_SD * random.nextGaussian();
            }
            for (int r = 0; r < pool; r++) {
                leniency[r] = LENIENCY_SD * random.nextGaussian();
            }
            int[] load = new int[pool];
            double[] tieBreak = new double[pool];
            List<ReviewerCalibration.Score> scores = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int r = 0; r < pool; r++) {
                    tieBreak[r] = random.nextDouble();
                }
                Integer[] order = IntStream.range(0, pool).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.<Integer>comparingInt(r -> load[r]).thenComparingDouble(r -> tieBreak[r]));
                for (int j = 0; j < k; j++) {
                    int r = order[j];
                    load[r]++;
                    long score = Math.round(quality[a] + leniency[r] + NOISE_SD * random.nextGaussian());
                    scores.add(new ReviewerCalibration.Score("r" + r, "a" + a, Math.max(1, Math.min(5, score))));
                }
            }
            return new GeneratedCall(quality, scores);
        }

        double[] rawMeans() {
            double[] sum = new double[quality.length];
            int[] count = new int[quality.length];
            for (ReviewerCalibration.Score s : scores) {
                int a = Integer.parseInt(s.applicationId().substring(1));
                sum[a] += s.score();
                count[a]++;
            }
            for (int a = 0; a < sum.length; a++) {
                sum[a] /= count[a];
            }
            return sum;
        }
    }
}
