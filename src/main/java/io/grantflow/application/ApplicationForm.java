package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant sends: the JSON part "application" of the multipart submission, or the portal form.
 * The last three are for IRP only: the coordinator's permanent position, the partners' earlier joint work
 * (publications or projects) and the budget per project year. The applicant's ORCID iD is optional: the review reads
 * it to find reviewers who published with the applicant.
 */
public record ApplicationForm(
        String title,
        String abstractText,
        List<String> keywords,
        BigDecimal budgetEur,
        Integer durationMonths,
        LocalDate phdDate,
        String unitCode,
        List<Partner> partners,
        List<String> excludedReviewers,
        Boolean permanentPosition,
        String jointWork,
        List<BudgetYear> yearlyBudget,
        String applicantOrcid) {

    /** A form without the applicant's ORCID iD. */
    public ApplicationForm(String title, String abstractText, List<String> keywords, BigDecimal budgetEur, Integer durationMonths,
                           LocalDate phdDate, String unitCode, List<Partner> partners, List<String> excludedReviewers,
                           Boolean permanentPosition, String jointWork, List<BudgetYear> yearlyBudget) {
        this(title, abstractText, keywords, budgetEur, durationMonths, phdDate, unitCode, partners, excludedReviewers,
                permanentPosition, jointWork, yearlyBudget, null);
    }

    /** A form without IRP details (First Step, the portal). */
    public ApplicationForm(String title, String abstractText, List<String> keywords, BigDecimal budgetEur, Integer durationMonths,
                           LocalDate phdDate, String unitCode, List<Partner> partners, List<String> excludedReviewers) {
        this(title, abstractText, keywords, budgetEur, durationMonths, phdDate, unitCode, partners, excludedReviewers, null, null, null);
    }
}
