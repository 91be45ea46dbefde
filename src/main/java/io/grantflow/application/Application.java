package io.grantflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as stored. The proposal PDF is kept apart, see {@link ApplicationService#proposal}. */
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
        ApplicationStatus status,
        Instant submittedAt,
        String processInstanceId) {
}
