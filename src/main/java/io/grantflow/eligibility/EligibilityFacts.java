package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.grantflow.call.CallRules;
import io.grantflow.call.Programme;

/**
 * What the rules look at: the declared facts of an application and the settings of its call.
 * IRP adds the coordinator's permanent position, the declared joint work and the amounts of years 1..N.
 */
record EligibilityFacts(
        Programme programme,
        LocalDate phdDate,
        String unitCode,
        List<String> partnerCountries,
        BigDecimal budgetEur,
        int durationMonths,
        Instant callClosesAt,
        CallRules rules,
        boolean permanentPosition,
        String jointWork,
        List<BigDecimal> yearlyAmounts) {

    /** Facts without IRP declarations. */
    EligibilityFacts(Programme programme, LocalDate phdDate, String unitCode, List<String> partnerCountries, BigDecimal budgetEur,
                     int durationMonths, Instant callClosesAt, CallRules rules) {
        this(programme, phdDate, unitCode, partnerCountries, budgetEur, durationMonths, callClosesAt, rules, false, null, List.of());
    }
}
