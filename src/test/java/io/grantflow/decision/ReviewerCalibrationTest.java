package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.grantflow.decision.ReviewerCalibration.Result;
import io.grantflow.decision.ReviewerCalibration.Score;
import org.junit.jupiter.api.Test;

/** The reviewers' leniency as the estimator finds it on designs whose truth is known. */
class ReviewerCalibrationTest {

    @Test
    void knownLeniencyIsRecoveredAndTheTrueOrderRestored() {
        // 12 applications, each scored by 3 of 4 reviewers in turn, without noise: a harsh, two fair, a lenient one
        double[] leniency = {-1.0, 0.0, 0.0, 1.0};
        List<Score> scores = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            for (int k = 0; k < 3; k++) {
                int r = (a + k) % 4;
                scores.add(new Score("r" + r, "a" + a, quality(a) + leniency[r]));
            }
        }

        Result result = ReviewerCalibration.estimate(scores);

        assertThat(result.possible()).isTrue();
        assertThat(result.sharedReviewers()).isEqualTo(4);
        assertThat(result.leniency().get("r0")).isCloseTo(-1.0, within(0.3));
        assertThat(result.leniency().get("r1")).isCloseTo(0.0, within(0.1));
        assertThat(result.leniency().get("r2")).isCloseTo(0.0, within(0.1));
        assertThat(result.leniency().get("r3")).isCloseTo(1.0, within(0.3));
        // the raw means put applications seen by the lenient reviewer too high; the calibrated ones give the truth
        assertThat(order(rawMeans(scores))).isNotEqualTo(trueOrder(12));
        assertThat(order(result.calibratedMeans())).isEqualTo(trueOrder(12));
        // centred: over all reviews, the calibrated scores keep the raw overall mean
        double raw = scores.stream().mapToDouble(Score::score).average().orElseThrow();
        double calibrated = scores.stream().mapToDouble(s -> s.score() - result.leniency().get(s.reviewerId())).average().orElseThrow();
        assertThat(calibrated).isCloseTo(raw, within(1e-9));
    }

    @Test
    void aReviewerSeenOnceBarelyMoves() {
        // two reviewers who share ten applications, and a third who scored only one of them, two points above
        List<Score> scores = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            scores.add(new Score("steady", "a" + a, 3));
            scores.add(new Score("other", "a" + a, 3));
        }
        scores.add(new Score("once", "a0", 5));

        Result result = ReviewerCalibration.estimate(scores);

        assertThat(result.possible()).isTrue();
        assertThat(result.leniency().get("once")).as("shrunk toward 0 by the prior").isBetween(0.2, 0.5);
        assertThat(result.calibratedMeans().get("a0")).isGreaterThan(3.0).isLessThan(rawMeans(scores).get("a0"));
    }

    @Test
    void groupsOfReviewersWithNothingInCommonAreCentredEachOnItsOwn() {
        // group A: a harsh and a fair reviewer sharing four applications; group B: two reviewers, two points higher
        List<Score> scores = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            scores.add(new Score("harsh", "A" + a, 2 + a * 0.5 - 1));
            scores.add(new Score("fair", "A" + a, 2 + a * 0.5));
            scores.add(new Score("b1", "B" + a, 4));
            scores.add(new Score("b2", "B" + a, 4));
        }

        Result result = ReviewerCalibration.estimate(scores);

        assertThat(result.leniency().get("harsh") + result.leniency().get("fair")).isCloseTo(0, within(1e-9));
        // half the gap of 1, shrunk by 4 reviews against a prior worth 3
        assertThat(result.leniency().get("harsh")).isCloseTo(-0.5 * 4 / 7, within(1e-9));
        assertThat(result.leniency().get("b1")).isCloseTo(0, within(1e-9));
        assertThat(result.leniency().get("b2")).isCloseTo(0, within(1e-9));
        // the second group is not pulled down to the first: each keeps its own overall mean
        assertThat(result.calibratedMeans().get("B0")).isCloseTo(4, within(1e-9));
        assertThat(result.calibratedMeans().get("A0")).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void withoutSharedApplicationsNothingCanBeCalibrated() {
        // each application has its own two reviewers: no reviewer is seen twice
        List<Score> scores = List.of(new Score("r1", "a", 5), new Score("r2", "a", 3),
                new Score("r3", "b", 2), new Score("r4", "b", 4));

        Result result = ReviewerCalibration.estimate(scores);

        assertThat(result.possible()).isFalse();
        assertThat(result.sharedReviewers()).isZero();
        assertThat(result.leniency().values()).containsOnly(0.0);
        assertThat(result.calibratedMeans()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 4.0, "b", 3.0));
    }

    @Test
    void allEqualScoresLeaveEveryoneAtZero() {
        List<Score> scores = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            for (int k = 0; k < 2; k++) {
                scores.add(new Score("r" + ((a + k) % 3), "a" + a, 4));
            }
        }

        Result result = ReviewerCalibration.estimate(scores);

        assertThat(result.possible()).isTrue();
        assertThat(result.leniency().values()).allSatisfy(b -> assertThat(b).isCloseTo(0, within(1e-12)));
        assertThat(result.calibratedMeans().values()).allSatisfy(m -> assertThat(m).isCloseTo(4, within(1e-12)));
    }

    @Test
    void noReviewGivesNothing() {
        Result result = ReviewerCalibration.estimate(List.of());

        assertThat(result.possible()).isFalse();
        assertThat(result.calibratedMeans()).isEmpty();
    }

    /** Qualities 1.5, 1.75, ... all different, so that the true order is the applications' numbers. */
    private static double quality(int a) {
        return 1.5 + a * 0.25;
    }

    private static List<String> trueOrder(int n) {
        return IntStream.range(0, n).map(i -> n - 1 - i).mapToObj(i -> "a" + i).toList();
    }

    private static List<String> order(Map<String, Double> means) {
        return means.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, Double> rawMeans(List<Score> scores) {
        Map<String, List<Double>> by = new java.util.HashMap<>();
        scores.forEach(s -> by.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s.score()));
        Map<String, Double> means = new java.util.HashMap<>();
        by.forEach((a, l) -> means.put(a, l.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return means;
    }
}
