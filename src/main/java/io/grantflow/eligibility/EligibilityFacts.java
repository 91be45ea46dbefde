package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.grantflow.call.CallSettings;

/**
 * What the rules look at: the declared facts of an application and the settings of its call.
 * IRP adds the coordinator's permanent position, the declared joint work and the amounts of years 1..N.
 */
record EligibilityFacts(
        String programme,
        LocalDate phdDate,
        String unitCode,
        List<String> partnerCountries,
        BigDecimal budgetEur,
        int durationMonths,
        Instant callClosesAt,
        CallSettings settings,
        boolean permanentPosition,
        String jointWork,
        List<BigDecimal> yearlyAmounts) {

    /** Facts without IRP declarations. */
    EligibilityFacts(String programme, LocalDate phdDate, String unitCode, List<String> partnerCountries, BigDecimal budgetEur,
                     int durationMonths, Instant callClosesAt, CallSettings settings) {
        this(programme, phdDate, unitCode, partnerCountries, budgetEur, durationMonths, callClosesAt, settings, false, null, List.of());
    }
}
