package io.grantflow.decision;

import java.math.BigDecimal;

/** The committee's decision on one application. */
public record Decision(String applicationId, boolean funded, BigDecimal amountEur, int rank, Double meanScore) {
}
