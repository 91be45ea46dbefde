package io.grantflow.application;

import java.math.BigDecimal;
import java.util.List;

import io.grantflow.problem.FieldProblem;

/**
 * IRP checks at the door: the declarations are present and the budget table is well formed (years 1..N
 * without gaps, positive amounts, their sum the requested total, N years covering the duration).
 * The caps (per year, in total, years allowed) are the call's and belong to eligibility.
 */
final class IrpFormChecks {

    static final int JOINT_WORK_MAX_CHARS = 3000;
    private static final int YEARS_MAX = 20;

    private IrpFormChecks() {
    }

    static void check(ApplicationForm form, List<FieldProblem> problems) {
        if (form.permanentPosition() == null) {
            problems.add(FieldProblem.keyed("permanentPosition", "permanentPosition", "is required: is the coordinator a permanent researcher of the funder?"));
        }
        if (form.jointWork() != null && form.jointWork().length() > JOINT_WORK_MAX_CHARS) {
            problems.add(FieldProblem.keyed("jointWork", "tooLong", "is longer than " + JOINT_WORK_MAX_CHARS + " characters",
                    JOINT_WORK_MAX_CHARS, form.jointWork().length()));
        }
        budgetTable(form, problems);
        if (form.partners() != null) {
            for (int i = 0; i < form.partners().size(); i++) {
                Partner p = form.partners().get(i);
                if (p != null && (p.email() == null || p.email().isBlank())) {
                    problems.add(FieldProblem.keyed("partners[" + i + "].email", "partnerEmail", "is required: the partner signs the agreement through a link sent there"));
                }
            }
        }
    }

    private static void budgetTable(ApplicationForm form, List<FieldProblem> problems) {
        List<BudgetYear> table = form.yearlyBudget();
        if (table == null || table.isEmpty()) {
            problems.add(FieldProblem.keyed("yearlyBudget", "yearsNone", "give the budget of each project year"));
            return;
        }
        if (table.size() > YEARS_MAX) {
            problems.add(FieldProblem.keyed("yearlyBudget", "yearCount", "at most " + YEARS_MAX + " years", YEARS_MAX));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < table.size(); i++) {
            BudgetYear line = table.get(i);
            String at = "yearlyBudget[" + i + "]";
            if (line == null) {
                problems.add(FieldProblem.keyed(at, "empty", "is empty"));
                complete = false;
                continue;
            }
            if (line.year() == null || line.year() != i + 1) {
                problems.add(FieldProblem.keyed(at + ".year", "yearOrder", "must be " + (i + 1) + ": years run 1, 2, 3... without gaps, in order", i + 1));
            }
            BigDecimal amount = line.amountEur();
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1E12")) >= 0) {
                problems.add(FieldProblem.keyed(at + ".amountEur", "amount", "must be a positive amount in euros with at most 2 decimals"));
                complete = false;
            } else {
                sum = sum.add(amount);
            }
        }
        if (complete && form.budgetEur() != null && sum.compareTo(form.budgetEur()) != 0) {
            problems.add(FieldProblem.keyed("yearlyBudget", "yearSum", "adds up to " + sum.toPlainString() + " EUR, not the requested "
                    + form.budgetEur().toPlainString() + " EUR", sum, form.budgetEur()));
        }
        Integer months = form.durationMonths();
        if (months != null && months >= 1 && (months > table.size() * 12 || months <= (table.size() - 1) * 12)) {
            problems.add(FieldProblem.keyed("yearlyBudget", "yearsDuration", "has " + table.size() + " years, but the project lasts " + months + " months",
                    table.size(), months));
        }
    }
}
