package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.grantflow.call.CallSettings;
import io.grantflow.funder.Funder;
import org.junit.jupiter.api.Test;

/** Each First Step condition on its own, without the engine. */
class EligibilityRulesTest {

    static final Funder FUNDER = new Funder("Funder", "FR", List.of("UMR1001", "UMR2040"));
    // 15 January 2027, 17:00 in Paris
    static final Instant CLOSES = Instant.parse("2027-01-15T16:00:00Z");
    static final CallSettings RULES = CallSettings.of(java.util.Map.of("maxBudgetEur", new BigDecimal("10000"), "maxDurationMonths", 12L, "phdMaxYears", 10L));

    static EligibilityFacts facts(LocalDate phd, String unit, List<String> countries, String budget, int months) {
        return new EligibilityFacts("FIRST_STEP", phd, unit, countries, new BigDecimal(budget), months, CLOSES, RULES);
    }

    static EligibilityFacts eligible() {
        return facts(LocalDate.of(2020, 1, 1), "UMR1001", List.of("JP"), "10000", 12);
    }

    @Test
    void aPhdExactlyTenYearsBeforeClosingIsInAndOneDayEarlierIsOut() {
        PhdWithinLimitRule rule = new PhdWithinLimitRule();
        assertThat(rule.check(facts(LocalDate.of(2017, 1, 15), "UMR1001", List.of("JP"), "1", 1))).isEmpty();
        assertThat(rule.check(facts(LocalDate.of(2017, 1, 14), "UMR1001", List.of("JP"), "1", 1)))
                .hasValueSatisfying(r -> assertThat(r).isEqualTo(new Reason("PHD_TOO_OLD", List.of("2017-01-14", "10", "2027-01-15"))));
    }

    @Test
    void theUnitMustBeOneOfTheFundersWhateverItsCase() {
        FunderUnitRule rule = new FunderUnitRule(FUNDER);
        assertThat(rule.check(facts(null, "umr2040", List.of("JP"), "1", 1))).isEmpty();
        assertThat(rule.check(facts(null, "UMR9999", List.of("JP"), "1", 1))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("UNIT_NOT_FUNDER"));
    }

    @Test
    void aPartnerMustBeAbroadInARealCountry() {
        PartnerAbroadRule rule = new PartnerAbroadRule(FUNDER);
        assertThat(rule.check(eligible())).isEmpty();
        assertThat(rule.check(facts(null, "UMR1001", List.of("FR"), "1", 1))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("PARTNER_NOT_ABROAD"));
        assertThat(rule.check(facts(null, "UMR1001", List.of("XK"), "1", 1))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("PARTNER_COUNTRY_INVALID"));
        assertThat(rule.check(facts(null, "UMR1001", List.of("FR", "br"), "1", 1))).isEmpty();
    }

    @Test
    void theBudgetCapAndDurationAreTheCallsSettings() {
        assertThat(new BudgetWithinCapRule().check(eligible())).isEmpty();
        assertThat(new BudgetWithinCapRule().check(facts(null, "UMR1001", List.of("JP"), "10000.01", 12)))
                .hasValueSatisfying(r -> assertThat(r.args()).containsExactly("10000.01", "10000"));
        assertThat(new DurationWithinLimitRule().check(facts(null, "UMR1001", List.of("JP"), "1", 13)))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("DURATION_TOO_LONG"));
    }

    @Test
    void aVerdictListsEveryFailedCondition() {
        List<EligibilityRule> rules = List.of(new PhdWithinLimitRule(), new FunderUnitRule(FUNDER), new PartnerAbroadRule(FUNDER),
                new BudgetWithinCapRule(), new DurationWithinLimitRule());
        EligibilityFacts bad = facts(LocalDate.of(2001, 1, 1), "X", List.of("FR"), "20000", 24);
        Verdict verdict = Verdict.of(rules.stream().flatMap(r -> r.check(bad).stream()).toList());
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Reason::code)
                .containsExactly("PHD_TOO_OLD", "UNIT_NOT_FUNDER", "PARTNER_NOT_ABROAD", "BUDGET_OVER_CAP", "DURATION_TOO_LONG");
    }
}
