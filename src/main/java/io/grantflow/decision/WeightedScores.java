package io.grantflow.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import io.grantflow.application.Application;
import io.grantflow.programme.Criterion;
import io.grantflow.review.Review;

/**
 * An application's reviews summed up on its call's criteria: the mean of each criterion over the reviews that score
 * it, and the mean of those means weighted by the criteria's weights (a criterion nobody scored does not count).
 */
record WeightedScores(Application application, int reviews, List<CriterionMean> criterionMeans, double mean) {

    static WeightedScores of(Application application, List<Review> reviews, List<Criterion> criteria) {
        List<CriterionMean> means = criteria.stream().map(c -> {
            List<Integer> scores = reviews.stream().map(r -> r.score(c.id())).filter(Objects::nonNull).toList();
            double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
            return CriterionMean.of(c, mean, !scores.isEmpty());
        }).toList();
        BigDecimal weights = BigDecimal.ZERO;
        double weighted = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (reviews.stream().anyMatch(r -> r.score(c.id()) != null)) {
                weights = weights.add(c.weight());
                weighted += c.weight().doubleValue() * means.get(i).mean();
            }
        }
        return new WeightedScores(application, reviews.size(), means,
                weights.signum() == 0 ? 0 : weighted / weights.doubleValue());
    }

    /** One review's scores weighted by the criteria's weights, over the criteria it scores; empty if it scores none. */
    static OptionalDouble ofReview(Review review, List<Criterion> criteria) {
        double weights = 0;
        double weighted = 0;
        for (Criterion c : criteria) {
            Integer score = review.score(c.id());
            if (score != null) {
                weights += c.weight().doubleValue();
                weighted += c.weight().doubleValue() * score;
            }
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
    }
}
