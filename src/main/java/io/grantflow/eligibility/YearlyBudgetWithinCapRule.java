package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** IRP: no project year asks for more than the call's yearly cap (the first year over it is named). */
@Component
class YearlyBudgetWithinCapRule implements EligibilityRule {

    static final String CODE = "BUDGET_YEAR_OVER_CAP";

    @Override
    public boolean appliesTo(String programme) {
        return "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        BigDecimal cap = f.settings().amountOrNull("maxYearlyBudgetEur");
        if (cap == null) {
            return Optional.empty();
        }
        for (int i = 0; i < f.yearlyAmounts().size(); i++) {
            BigDecimal amount = f.yearlyAmounts().get(i);
            if (amount.compareTo(cap) > 0) {
                return Optional.of(Reason.of(CODE, i + 1, plain(amount), plain(cap)));
            }
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
