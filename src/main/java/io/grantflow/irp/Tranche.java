package io.grantflow.irp;

import java.math.BigDecimal;
import java.time.Instant;

/** The money of one project year, released when the year starts (and the previous report is approved). */
public record Tranche(int year, BigDecimal amountEur, Instant releasedAt) {
}
