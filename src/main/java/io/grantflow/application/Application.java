package io.grantflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as stored. The proposal PDF is kept apart, see {@link ApplicationService#proposal}.
 * Exclusions are people or institutions the applicant asks not to be reviewed by.
 */
public record Application(
        String id,
        String callId,
        String applicantId,
        String title,
        String abstractText,
        List<String> keywords,
        BigDecimal budgetEur,
        int durationMonths,
        LocalDate phdDate,
        String unitCode,
        List<Partner> partners,
        List<String> exclusions,
        ApplicationStatus status,
        Instant submittedAt,
        String processInstanceId) {
}
