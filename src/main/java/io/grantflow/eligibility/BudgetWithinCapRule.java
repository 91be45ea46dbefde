package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

import io.grantflow.call.Programme;
import org.springframework.stereotype.Component;

/** The requested budget is within the call's cap. */
@Component
class BudgetWithinCapRule implements EligibilityRule {

    static final String CODE = "BUDGET_OVER_CAP";

    @Override
    public boolean appliesTo(Programme programme) {
        return programme == Programme.FIRST_STEP || programme == Programme.IRP;
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        if (f.rules().maxBudgetEur() != null && f.budgetEur().compareTo(f.rules().maxBudgetEur()) > 0) {
            return Optional.of(Reason.of(CODE, plain(f.budgetEur()), plain(f.rules().maxBudgetEur())));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
