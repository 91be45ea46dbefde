package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The requested budget is within the call's cap. */
@Component
class BudgetWithinCapRule implements EligibilityRule {

    static final String CODE = "BUDGET_OVER_CAP";

    @Override
    public boolean appliesTo(String programme) {
        return "FIRST_STEP".equals(programme) || "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        if (f.settings().amountOrNull("maxBudgetEur") != null && f.budgetEur().compareTo(f.settings().amountOrNull("maxBudgetEur")) > 0) {
            return Optional.of(Reason.of(CODE, plain(f.budgetEur()), plain(f.settings().amountOrNull("maxBudgetEur"))));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
