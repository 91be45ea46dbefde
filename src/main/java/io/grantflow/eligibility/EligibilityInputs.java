package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.grantflow.application.Application;
import io.grantflow.application.BudgetYear;
import io.grantflow.application.IrpDetails;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.funder.Funder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The variables an eligibility table reads: what the application declares, what a table cell cannot work out
 * (the funder's units, ISO country codes, counts, the PhD's years, the costliest year), and every setting of the
 * call by its own name. Values are Camunda's plain types (text, whole numbers, doubles, yes/no), so that the
 * decision's history in Cockpit shows each one; amounts are doubles for that reason (they are whole cents).
 */
@Component
class EligibilityInputs {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final Funder funder;

    EligibilityInputs(Funder funder) {
        this.funder = funder;
    }

    VariableMap of(Application application, Optional<IrpDetails> irp, Call call) {
        VariableMap variables = Variables.createVariables();
        settingsOf(call).forEach(variables::putValue);
        LocalDate closing = call.closesAt().atZone(Call.FUNDER_ZONE).toLocalDate();
        LocalDate phd = application.phdDate();
        List<String> countries = application.partners().stream().map(Partner::country).map(c -> c == null ? "" : c).toList();
        variables.putValue("phdDate", phd == null ? null : phd.toString())
                .putValue("closingDate", closing.toString())
                .putValue("phdYearsBeforeClosing", phd == null ? null : yearsBefore(phd, closing))
                .putValue("unitCode", application.unitCode())
                .putValue("unitIsFunders", funder.ownsUnit(application.unitCode()))
                .putValue("funderCountry", funder.country())
                .putValue("invalidPartnerCountry", countries.stream().filter(c -> !isIsoCountry(c)).findFirst().orElse(null))
                .putValue("partnersAbroad", (int) countries.stream().filter(c -> !funder.isHomeCountry(c)).count())
                .putValue("budgetEur", amount(application.budgetEur()))
                .putValue("durationMonths", application.durationMonths())
                .putValue("permanentPosition", irp.map(IrpDetails::permanentPosition).orElse(false))
                .putValue("jointWorkDeclared", irp.map(IrpDetails::jointWork).filter(work -> !work.isBlank()).isPresent());
        Optional<BudgetYear> costliest = irp.flatMap(d -> costliestYear(d.yearlyBudget()));
        variables.putValue("largestYearlyAmountEur", costliest.map(y -> amount(y.amountEur())).orElse(null))
                .putValue("largestYearlyAmountYear", costliest.map(BudgetYear::year).orElse(null));
        return variables;
    }

    /** Every setting of the call by its name (maxBudgetEur, phdMaxYears, ...): the one place that reads them. */
    private static Map<String, Object> settingsOf(Call call) {
        Map<String, Object> settings = new LinkedHashMap<>();
        call.settings().asMap().forEach((name, value) -> {
            if (value instanceof BigDecimal amount) {
                value = amount(amount);
            } else if (value instanceof Long whole && whole == whole.intValue()) {
                value = whole.intValue();
            }
            settings.put(name, value);
        });
        return settings;
    }

    /**
     * The fewest whole years back from the closing date that reach the PhD date: 10 for a PhD on the same day ten
     * years earlier, 11 from the day before. "More than N" then means what "awarded before closing minus N years"
     * means, leap days included.
     */
    static int yearsBefore(LocalDate phd, LocalDate closing) {
        int years = 0;
        while (phd.isBefore(closing.minusYears(years))) {
            years++;
        }
        return years;
    }

    /** The year asking for the most; of equals, the first. */
    private static Optional<BudgetYear> costliestYear(List<BudgetYear> years) {
        BudgetYear costliest = null;
        for (BudgetYear year : years) {
            if (costliest == null || year.amountEur().compareTo(costliest.amountEur()) > 0) {
                costliest = year;
            }
        }
        return Optional.ofNullable(costliest);
    }

    private static boolean isIsoCountry(String country) {
        return ISO_COUNTRIES.contains(country.toUpperCase(Locale.ROOT));
    }

    private static Double amount(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
