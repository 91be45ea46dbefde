package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.grantflow.application.Application;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.BudgetYear;
import io.grantflow.application.IrpDetails;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.call.CallSettings;
import io.grantflow.funder.Funder;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Each condition of the First Step and IRP tables (bpmn/first-step/eligibility.dmn, bpmn/irp/eligibility.dmn) on
 * its own and at its boundary: the inputs as the service builds them, the table as deployed, evaluated by Camunda's
 * DMN engine without the process engine. Every case starts from an eligible application and changes one thing.
 */
class EligibilityRulesTest {

    static final Funder FUNDER = new Funder("Funder", "FR", List.of("UMR1001", "UMR2040"));
    // 15 January 2027, 17:00 in Paris
    static final Instant CLOSES = Instant.parse("2027-01-15T16:00:00Z");
    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final EligibilityInputs INPUTS = new EligibilityInputs(FUNDER);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A First Step applicant with a PhD of 2020, in a funder's unit, a partner in Japan, 10,000 EUR for 12 months. */
    record FirstStep(LocalDate phd, String unit, List<String> countries, String budget, int months, CallSettings rules, Instant closes) {

        static FirstStep eligible() {
            return new FirstStep(LocalDate.of(2020, 1, 1), "UMR1001", List.of("JP"), "10000", 12,
                    defaults("first-step"), CLOSES);
        }

        FirstStep phd(LocalDate date) {
            return new FirstStep(date, unit, countries, budget, months, rules, closes);
        }

        FirstStep unit(String code) {
            return new FirstStep(phd, code, countries, budget, months, rules, closes);
        }

        FirstStep partners(String... codes) {
            return new FirstStep(phd, unit, List.of(codes), budget, months, rules, closes);
        }

        FirstStep budget(String eur) {
            return new FirstStep(phd, unit, countries, eur, months, rules, closes);
        }

        FirstStep months(int duration) {
            return new FirstStep(phd, unit, countries, budget, duration, rules, closes);
        }

        FirstStep closes(Instant at) {
            return new FirstStep(phd, unit, countries, budget, months, rules, at);
        }

        Verdict verdict() {
            return evaluate("FIRST_STEP", application(phd, unit, countries, budget, months), Optional.empty(), rules, closes);
        }
    }

    /** An IRP coordinator on a permanent position, partners in Japan, joint work, 5 years at 15,000 EUR. */
    record Irp(String unit, List<String> countries, boolean permanent, String jointWork, List<String> years, int months) {

        static Irp eligible() {
            return new Irp("UMR1001", List.of("JP"), true, "Two joint papers in 2024", List.of("15000", "15000", "15000", "15000", "15000"), 60);
        }

        Irp permanent(boolean position) {
            return new Irp(unit, countries, position, jointWork, years, months);
        }

        Irp jointWork(String declared) {
            return new Irp(unit, countries, permanent, declared, years, months);
        }

        Irp years(String... amounts) {
            return new Irp(unit, countries, permanent, jointWork, List.of(amounts), months);
        }

        Irp months(int duration) {
            return new Irp(unit, countries, permanent, jointWork, years, duration);
        }

        Irp partners(String... codes) {
            return new Irp(unit, List.of(codes), permanent, jointWork, years, months);
        }

        Verdict verdict() {
            List<BudgetYear> budget = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                budget.add(new BudgetYear(i + 1, new BigDecimal(years.get(i))));
            }
            BigDecimal total = budget.stream().map(BudgetYear::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
            return evaluate("IRP", application(null, unit, countries, total.toPlainString(), months),
                    Optional.of(new IrpDetails(permanent, jointWork, budget)), defaults("irp"), CLOSES);
        }
    }

    @Test
    void aPhdExactlyTenYearsBeforeClosingIsInAndOneDayEarlierIsOut() {
        assertThat(FirstStep.eligible().phd(LocalDate.of(2017, 1, 15)).verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().phd(LocalDate.of(2017, 1, 14)).verdict().reasons())
                .containsExactly(new Reason("PHD_TOO_OLD", List.of("2017-01-14", "10", "2027-01-15")));
        assertThat(FirstStep.eligible().phd(null).verdict().reasons())
                .containsExactly(new Reason("PHD_TOO_OLD", List.of("", "10", "2027-01-15")));
    }

    @Test
    void onALeapDayClosingTenYearsBackIsTheTwentyEighthOfFebruary() {
        FirstStep leap = FirstStep.eligible().closes(Instant.parse("2028-02-29T16:00:00Z"));
        assertThat(leap.phd(LocalDate.of(2018, 2, 28)).verdict().eligible()).isTrue();
        assertThat(leap.phd(LocalDate.of(2018, 2, 27)).verdict().reasons()).extracting(Reason::code).containsExactly("PHD_TOO_OLD");
    }

    @Test
    void theUnitMustBeOneOfTheFundersWhateverItsCase() {
        assertThat(FirstStep.eligible().unit("umr2040").verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().unit("UMR9999").verdict().reasons())
                .containsExactly(new Reason("UNIT_NOT_FUNDER", List.of("UMR9999")));
        assertThat(FirstStep.eligible().unit("UMR2041").verdict().reasons()).extracting(Reason::code).containsExactly("UNIT_NOT_FUNDER");
    }

    @Test
    void aPartnerMustBeAbroadInARealCountry() {
        assertThat(FirstStep.eligible().verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().partners("FR").verdict().reasons())
                .containsExactly(new Reason("PARTNER_NOT_ABROAD", List.of("FR")));
        assertThat(FirstStep.eligible().partners("XK").verdict().reasons())
                .containsExactly(new Reason("PARTNER_COUNTRY_INVALID", List.of("XK")));
        assertThat(FirstStep.eligible().partners("FR", "br").verdict().eligible()).isTrue();
    }

    @Test
    void oneValidPartnerAbroadIsEnoughAndTheFirstInvalidCountryIsNamed() {
        assertThat(FirstStep.eligible().partners("fr", "FR").verdict().reasons()).extracting(Reason::code).containsExactly("PARTNER_NOT_ABROAD");
        assertThat(FirstStep.eligible().partners("fr", "jp").verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().partners("FR", "XK", "ZZ").verdict().reasons())
                .containsExactly(new Reason("PARTNER_COUNTRY_INVALID", List.of("XK")));
    }

    @Test
    void theBudgetCapAndDurationAreTheCallsSettings() {
        assertThat(FirstStep.eligible().budget("10000").verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().budget("10000.01").verdict().reasons())
                .containsExactly(new Reason("BUDGET_OVER_CAP", List.of("10000.01", "10000")));
        assertThat(FirstStep.eligible().months(12).verdict().eligible()).isTrue();
        assertThat(FirstStep.eligible().months(13).verdict().reasons())
                .containsExactly(new Reason("DURATION_TOO_LONG", List.of("13", "12")));
    }

    @Test
    void aCallsOwnSettingsMoveTheBoundaries() {
        Map<String, Object> settings = new LinkedHashMap<>(defaults("first-step").asMap());
        settings.putAll(Map.of("maxBudgetEur", new BigDecimal("12000"), "maxDurationMonths", 24L, "phdMaxYears", 5L));
        CallSettings generous = CallSettings.of(settings);
        FirstStep call = new FirstStep(LocalDate.of(2022, 1, 15), "UMR1001", List.of("JP"), "12000", 24, generous, CLOSES);
        assertThat(call.verdict().eligible()).isTrue();
        assertThat(call.phd(LocalDate.of(2022, 1, 14)).budget("12000.5").months(25).verdict().reasons()).containsExactly(
                new Reason("PHD_TOO_OLD", List.of("2022-01-14", "5", "2027-01-15")),
                new Reason("BUDGET_OVER_CAP", List.of("12000.5", "12000")),
                new Reason("DURATION_TOO_LONG", List.of("25", "24")));
    }

    @Test
    void aVerdictListsEveryFailedCondition() {
        Verdict verdict = new FirstStep(LocalDate.of(2001, 1, 1), "X", List.of("FR"), "20000", 24,
                defaults("first-step"), CLOSES).verdict();
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Reason::code)
                .containsExactly("PHD_TOO_OLD", "UNIT_NOT_FUNDER", "PARTNER_NOT_ABROAD", "BUDGET_OVER_CAP", "DURATION_TOO_LONG");
    }

    @Test
    void anIrpCoordinatorHoldsAPermanentPositionAndTheTeamsDeclareJointWork() {
        assertThat(Irp.eligible().verdict().eligible()).isTrue();
        assertThat(Irp.eligible().permanent(false).verdict().reasons()).containsExactly(new Reason("COORDINATOR_NOT_PERMANENT", List.of()));
        assertThat(Irp.eligible().jointWork(" ").verdict().reasons()).containsExactly(new Reason("NO_JOINT_WORK", List.of()));
        assertThat(Irp.eligible().jointWork(null).verdict().reasons()).extracting(Reason::code).containsExactly("NO_JOINT_WORK");
        assertThat(Irp.eligible().jointWork("x").verdict().eligible()).isTrue();
    }

    @Test
    void noIrpYearAsksForMoreThanTheYearlyCapAndTheCostliestYearIsNamed() {
        assertThat(Irp.eligible().years("15000", "15000", "15000", "15000", "15000").verdict().eligible()).isTrue();
        assertThat(Irp.eligible().years("15000.01", "15000", "15000", "15000", "14999.99").verdict().reasons())
                .containsExactly(new Reason("BUDGET_YEAR_OVER_CAP", List.of("1", "15000.01", "15000")));
        assertThat(Irp.eligible().years("16000", "20000", "20000", "10000", "9000").verdict().reasons())
                .containsExactly(new Reason("BUDGET_YEAR_OVER_CAP", List.of("2", "20000", "15000")));
    }

    @Test
    void anIrpProjectStaysWithinItsTotalCapAndFiveYears() {
        assertThat(Irp.eligible().years("15000", "15000", "15000", "15000", "15000.01").verdict().reasons()).extracting(Reason::code)
                .containsExactly("BUDGET_OVER_CAP", "BUDGET_YEAR_OVER_CAP");
        assertThat(Irp.eligible().months(61).verdict().reasons()).containsExactly(new Reason("DURATION_TOO_LONG", List.of("61", "60")));
        assertThat(Irp.eligible().partners("FR").verdict().reasons()).containsExactly(new Reason("PARTNER_NOT_ABROAD", List.of("FR")));
    }

    @Test
    void theYearsBeforeClosingCountABegunYearAsAWholeOne() {
        LocalDate closing = LocalDate.of(2027, 1, 15);
        assertThat(EligibilityInputs.yearsBefore(LocalDate.of(2017, 1, 15), closing)).isEqualTo(10);
        assertThat(EligibilityInputs.yearsBefore(LocalDate.of(2017, 1, 14), closing)).isEqualTo(11);
        assertThat(EligibilityInputs.yearsBefore(LocalDate.of(2027, 1, 15), closing)).isZero();
        assertThat(EligibilityInputs.yearsBefore(LocalDate.of(2027, 1, 14), closing)).isEqualTo(1);
    }

    @Test
    void thePrizeHasNoEligibilityTable() throws IOException {
        assertThat(YAML.readTree(Path.of("bpmn", "prize", "programme.yaml").toFile()).has("eligibility")).isFalse();
        assertThat(Path.of("bpmn", "prize", "eligibility.dmn")).doesNotExist();
    }

    /** A programme's default settings, as its settings file declares them. */
    static CallSettings defaults(String folder) {
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            YAML.readTree(Path.of("bpmn", folder, "programme.yaml").toFile()).path("settings").fields().forEachRemaining(e -> {
                JsonNode value = e.getValue().path("default");
                values.put(e.getKey(), value.isIntegralNumber() ? (Object) value.longValue()
                        : value.isNumber() ? value.decimalValue() : value.booleanValue());
            });
            return CallSettings.of(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Application application(LocalDate phd, String unit, List<String> countries, String budget, int months) {
        List<Partner> partners = countries.stream().map(c -> new Partner("Partner in " + c, c, "Lead", "lead@example.org")).toList();
        return new Application("app-1", "call-1", "alice", "Title", "Abstract", List.of("a", "b", "c"), new BigDecimal(budget), months,
                phd, unit, partners, List.of(), ApplicationStatus.SUBMITTED, CLOSES.minusSeconds(86400), null);
    }

    static Call call(String programme, CallSettings rules, Instant closes) {
        return new Call("call-1", programme, "Call", closes.minusSeconds(30 * 86400), closes, new BigDecimal("100000"), rules, List.of());
    }

    /** What EligibilityService.check does, with the table read from its file instead of the engine's deployment. */
    static Verdict evaluate(String programme, Application application, Optional<IrpDetails> irp, CallSettings rules, Instant closes) {
        Call call = call(programme, rules, closes);
        String folder = programme.equals("IRP") ? "irp" : "first-step";
        String key = folder + "-eligibility";
        Path table = Path.of("bpmn", folder, "eligibility.dmn");
        try (InputStream dmn = Files.newInputStream(table)) {
            DmnDecision decision = DMN.parseDecision(key, dmn);
            return Verdict.ofTable(DMN.evaluateDecisionTable(decision, INPUTS.of(application, irp, call)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
