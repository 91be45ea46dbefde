package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an applicant sends: the JSON part "application" of the multipart submission, or the portal form. */
public record ApplicationForm(
        String title,
        String abstractText,
        List<String> keywords,
        BigDecimal budgetEur,
        Integer durationMonths,
        LocalDate phdDate,
        String unitCode,
        List<Partner> partners,
        List<String> excludedReviewers) {
}
