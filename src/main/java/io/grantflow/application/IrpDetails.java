package io.grantflow.application;

import java.math.BigDecimal;
import java.util.List;

/** What an IRP application declares beyond the common form; the budget table is ordered by year, 1 to N. */
public record IrpDetails(boolean permanentPosition, String jointWork, List<BudgetYear> yearlyBudget) {

    public int years() {
        return yearlyBudget.size();
    }

    public BigDecimal amountOfYear(int year) {
        return yearlyBudget.get(year - 1).amountEur();
    }
}
