package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

import io.grantflow.application.ApplicationStatus;

/** One line of the list behind a count of the dashboard. */
public record StageApplication(String id, String title, String applicantId, ApplicationStatus status, BigDecimal budgetEur,
                               Instant submittedAt) {
}
