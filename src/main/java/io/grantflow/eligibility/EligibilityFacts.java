package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.grantflow.call.CallRules;
import io.grantflow.call.Programme;

/** What the rules look at: the declared facts of an application and the settings of its call. */
record EligibilityFacts(
        Programme programme,
        LocalDate phdDate,
        String unitCode,
        List<String> partnerCountries,
        BigDecimal budgetEur,
        int durationMonths,
        Instant callClosesAt,
        CallRules rules) {
}
