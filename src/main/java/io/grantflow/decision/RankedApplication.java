package io.grantflow.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the committee's table: the mean of each criterion of the call over the application's reviews, their
 * mean weighted by the criteria's weights, and whether it may be funded: it has reviews and no mean below its
 * criterion's threshold.
 */
public record RankedApplication(int rank, String applicationId, String title, BigDecimal budgetEur, int reviews,
                                List<CriterionMean> criteria, double mean, boolean fundable,
                                boolean proposedForFunding) {

    /** The criteria whose mean falls below their threshold, which make the application not fundable. */
    public List<CriterionMean> belowThreshold() {
        return criteria.stream().filter(CriterionMean::belowThreshold).toList();
    }
}
