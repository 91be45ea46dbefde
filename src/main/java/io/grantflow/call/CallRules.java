package io.grantflow.call;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.grantflow.problem.FieldProblem;

/**
 * The rule settings of a call. Every number of PRODUCT.md is a setting with a programme default;
 * a call stores only what differs, and {@link CallService} fills in the rest.
 * Timers: reviewers have {@code reviewDays} from their invitation, are reminded
 * {@code reviewReminderDaysBefore} the deadline, and an alternate gets {@code alternateReviewDays};
 * a funded applicant accepts within {@code acceptanceDays}; the final report is due
 * {@code finalReportDueMonths} after the project ends, with a reminder {@code reportReminderDaysBefore}.
 * Assignment: every panel reviewer gets at least {@code reviewerMinLoad} applications, and
 * {@code fairAssignment} lifts the weakest application's affinity first, then maximises the total.
 * IRP agreement and years: a partner's signing link is valid {@code signatureLinkDays}; a partner who has
 * not signed gets a new link after {@code signatureReminderDays} and managers are told after
 * {@code signatureEscalationDays}; each annual report is due {@code annualReportDueDays} after its project
 * year ends; the mid-term evaluation opens project year {@code midTermYear} (0: none).
 */
public record CallRules(
        BigDecimal maxBudgetEur,
        BigDecimal maxYearlyBudgetEur,
        int maxDurationMonths,
        int phdMaxYears,
        int abstractMaxChars,
        int titleMaxChars,
        int keywordsMin,
        int keywordsMax,
        long proposalMaxBytes,
        int reviewersPerApplication,
        int supportLettersMin,
        int acceptanceDays,
        int shortlistSize,
        int reviewDays,
        int reviewReminderDaysBefore,
        int alternateReviewDays,
        int finalReportDueMonths,
        int reportReminderDaysBefore,
        int reviewerMinLoad,
        boolean fairAssignment,
        int signatureLinkDays,
        int signatureReminderDays,
        int signatureEscalationDays,
        int annualReportDueDays,
        int midTermYear) {

    static final long TEN_MB = 10L * 1024 * 1024;

    public static CallRules defaultsFor(Programme programme) {
        return switch (programme) {
            case FIRST_STEP -> new CallRules(new BigDecimal("10000"), null, 12, 10, 3000, 300, 3, 10, TEN_MB, 2, 0, 30, 0,
                    21, 3, 10, 2, 14, 0, false, 0, 0, 0, 0, 0);
            case IRP -> new CallRules(new BigDecimal("75000"), new BigDecimal("15000"), 60, 0, 3000, 300, 3, 10, TEN_MB, 2, 0, 30, 0,
                    21, 3, 10, 2, 14, 0, false, 30, 7, 14, 30, 3);
            case PRIZE -> new CallRules(null, null, 0, 0, 3000, 300, 0, 10, TEN_MB, 0, 2, 30, 3,
                    21, 3, 10, 0, 0, 0, false, 0, 0, 0, 0, 0);
        };
    }

    /**
     * The settings out of range for the programme: none is negative, a setting the programme uses (its default is
     * above zero) stays above zero, a reminder comes before its deadline, and the fewest keywords are not more
     * than the most.
     */
    List<FieldProblem> rangeProblems(Programme programme) {
        CallRules defaults = defaultsFor(programme);
        List<FieldProblem> problems = new ArrayList<>();
        for (RecordComponent setting : CallRules.class.getRecordComponents()) {
            if (valueOf(setting, this) instanceof Number value && valueOf(setting, defaults) instanceof Number standard) {
                int sign = new BigDecimal(value.toString()).signum();
                boolean used = new BigDecimal(standard.toString()).signum() > 0;
                if (sign < 0 || used && sign == 0) {
                    problems.add(new FieldProblem(setting.getName(), used ? "must be more than 0" : "must not be negative"));
                }
            }
        }
        if (reviewDays > 0 && reviewReminderDaysBefore >= reviewDays) {
            problems.add(new FieldProblem("reviewReminderDaysBefore", "must be fewer than reviewDays (" + reviewDays + ")"));
        }
        if (keywordsMin > keywordsMax) {
            problems.add(new FieldProblem("keywordsMin", "must not be more than keywordsMax (" + keywordsMax + ")"));
        }
        return problems;
    }

    private static Object valueOf(RecordComponent setting, CallRules rules) {
        try {
            return setting.getAccessor().invoke(rules);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
