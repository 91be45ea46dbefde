package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.eligibility.EligibilityService;
import io.grantflow.eligibility.Reason;
import io.grantflow.support.CalledProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** An IRP application at the door (the budget table's form) and at eligibility (the call's caps and conditions). */
class IrpSubmissionTest extends IrpScenario {

    @Autowired EligibilityService eligibility;

    @Test
    void aMalformedBudgetTableIsRefusedAtTheDoorNamingTheField() {
        Call call = irpCall(List.of(), Map.of());
        String applicant = applicant("en");

        var gap = irpApplication("gap");
        gap.put("yearlyBudget", List.of(Map.of("year", 1, "amountEur", 40000), Map.of("year", 3, "amountEur", 35000)));
        gap.put("durationMonths", 24);
        assertRefused(submit(call.id(), applicant, gap, pdf(), null), "yearlyBudget[1].year");

        var wrongSum = irpApplication("sum");
        wrongSum.put("yearlyBudget", yearly(15000, 15000, 15000, 15000, 14000));
        assertRefused(submit(call.id(), applicant, wrongSum, pdf(), null), "yearlyBudget");

        var negative = irpApplication("negative");
        negative.put("yearlyBudget", yearly(15000, 15000, 15000, 45000, -15000));
        assertRefused(submit(call.id(), applicant, negative, pdf(), null), "yearlyBudget[4].amountEur");

        var tooFewYears = irpApplication("short");
        tooFewYears.put("yearlyBudget", yearly(25000, 25000, 25000));
        assertRefused(submit(call.id(), applicant, tooFewYears, pdf(), null), "yearlyBudget");

        var undeclared = irpApplication("undeclared");
        undeclared.remove("permanentPosition");
        undeclared.remove("yearlyBudget");
        assertRefused(submit(call.id(), applicant, undeclared, pdf(), null), "permanentPosition");
        assertRefused(submit(call.id(), applicant, undeclared, pdf(), null), "yearlyBudget");

        var noPartnerEmail = irpApplication("email");
        noPartnerEmail.put("partners", List.of(Map.of("institution", "University of Tokyo", "country", "JP", "leadName", "Ken Sato")));
        assertRefused(submit(call.id(), applicant, noPartnerEmail, pdf(), null), "partners[0].email");

        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
    }

    @Test
    void theCallsCapsAndConditionsAreEligibilitysAndAManagerConfirmsTheRefusal() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        String applicant = applicant("en");
        var application = irpApplication("caps");
        application.put("permanentPosition", false);
        application.put("jointWork", " ");
        application.put("yearlyBudget", yearly(20000, 10000, 15000, 15000, 15000));
        application.put("partners", List.of(partner("Sorbonne", "FR", "Marie Durand", "marie-caps")));
        String applicationId = submitIrp(call, applicant, application);

        ProcessInstance pi = projectOf(applicationId);
        assertThat(pi).isWaitingAt("Call_Eligibility");
        assertThat(CalledProcess.of(pi, "eligibility")).isWaitingAt("Task_ReviewIneligibility").hasPassed("Task_SendIneligibilityLetter");
        assertThat(eligibility.recordOf(applicationId).orElseThrow().verdict().reasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder("COORDINATOR_NOT_PERMANENT", "NO_JOINT_WORK", "BUDGET_YEAR_OVER_CAP", "PARTNER_NOT_ABROAD");
        runDueJobs();
        String letter = body(mailsTo(applicant).get(mailsTo(applicant).size() - 1));
        assertThat(letter).contains("Year 1 asks for 20000 EUR; the call allows at most 15000 EUR a year.");

        complete(manager, taskOf(applicationId, "Task_ReviewIneligibility"), Map.of("override", false, "decisionReason", "Caps apply."));
        assertThat(CalledProcess.of(pi, "eligibility")).isEnded().hasPassed("End_Ineligible");
        assertThat(pi).isEnded().hasPassed("End_Ineligible");
    }

    @Test
    void aManagerCanReinstateAnIneligibleApplication() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        var application = irpApplication("reinstated");
        application.put("permanentPosition", false);
        String applicationId = submitIrp(call, applicant("en"), application);
        ProcessInstance pi = projectOf(applicationId);
        assertThat(CalledProcess.of(pi, "eligibility")).isWaitingAt("Task_ReviewIneligibility");

        complete(manager, taskOf(applicationId, "Task_ReviewIneligibility"),
                Map.of("override", true, "decisionReason", "Permanent position confirmed by the unit director."));
        assertThat(CalledProcess.of(pi, "eligibility")).isEnded().hasPassed("Task_SendReinstatement");
        assertThat(pi).isWaitingAt("Catch_CallClosed");
    }

    @Test
    void partnersInSeveralCountriesOneOfThemAtHomeAreEligibleAndANotFundedProjectEnds() {
        Call call = irpCall(List.of(), Map.of());
        String applicant = applicant("en");
        var application = irpApplication("countries");
        application.put("partners", List.of(partner("Sorbonne", "FR", "Marie Durand", "marie-countries"),
                partner("University of Tokyo", "JP", "Ken Sato", "ken-countries"),
                partner("Universidade de São Paulo", "BR", "Ana Lima", "ana-countries")));
        String applicationId = submitIrp(call, applicant, application);
        ProcessInstance pi = projectOf(applicationId);
        assertThat(pi).isWaitingAt("Catch_CallClosed");

        var runtime = engine.getRuntimeService();
        runtime.createMessageCorrelation("CallClosed").processInstanceBusinessKey(applicationId).correlate();
        runtime.createMessageCorrelation("Decision").processInstanceBusinessKey(applicationId).setVariable("funded", false).correlate();
        runDueJobs();
        assertThat(pi).isEnded().hasPassed("Task_LetterNotFunded", "End_NotFunded").hasNotPassed("Task_PrepareAgreement");
        assertThat(mailSubjectsTo(applicant)).contains("Decision on your application \"Ocean acoustics network countries\"");
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field")).contains(field);
    }
}
