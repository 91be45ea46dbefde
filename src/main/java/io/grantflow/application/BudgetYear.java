package io.grantflow.application;

import java.math.BigDecimal;

/** One line of an IRP budget table: a project year (1, 2, ...) and what it costs. */
public record BudgetYear(Integer year, BigDecimal amountEur) {
}
