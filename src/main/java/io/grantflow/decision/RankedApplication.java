package io.grantflow.decision;

import java.math.BigDecimal;

/** One line of the committee's table: the mean of each criterion over the application's reviews. */
public record RankedApplication(int rank, String applicationId, String title, BigDecimal budgetEur, int reviews,
                                double meanQuality, double meanFeasibility, double meanCollaboration, double mean,
                                boolean proposedForFunding) {
}
