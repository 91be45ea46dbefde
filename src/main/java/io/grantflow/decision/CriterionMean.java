package io.grantflow.decision;

import java.math.BigDecimal;

import io.grantflow.programme.Criterion;
import io.grantflow.programme.Text;

/** An application's mean score on one criterion of its call, beside the criterion's weight and threshold. */
public record CriterionMean(String id, Text name, BigDecimal weight, BigDecimal threshold, double mean,
                            boolean belowThreshold) {

    static CriterionMean of(Criterion criterion, double mean, boolean reviewed) {
        return new CriterionMean(criterion.id(), criterion.name(), criterion.weight(), criterion.threshold(), mean,
                reviewed && criterion.isBelowThreshold(mean));
    }
}
