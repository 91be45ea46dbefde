package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project years when things go wrong: a late annual report, changes asked, and a stop at mid-term. */
class IrpMidTermTest extends IrpScenario {

    @Autowired ApplicationService applications;

    @Test
    void aLateReportIsEscalatedAndAProjectStoppedAtMidTermGetsNoFurtherTranche() {
        String manager = manager();
        String coordinator = applicant("en");
        var application = irpApplication("stop");
        application.put("yearlyBudget", yearly(20000, 15000, 15000, 15000, 10000));
        application.put("budgetEur", 75000);
        application.put("partners", List.of(partner("University of Tokyo", "JP", "Ken Sato", "ken-stop")));
        // This call allows 20,000 EUR a year; the tranches follow the applicant's table.
        Call call = irpCall(List.of(), Map.of("maxYearlyBudgetEur", 20000));
        String applicationId = submitIrp(call, coordinator, application);
        fundedByTheCommittee(applicationId);
        ProcessInstance project = projectOf(applicationId);
        sign(lastSigningToken("ken-stop@partner.example"));
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));
        ZonedDateTime start = Instant.parse((String) engine.getRuntimeService().getVariable(project.getId(), "projectStartedAt"))
                .atZone(Call.FUNDER_ZONE);
        assertThat(tranchesReleased(applicationId)).isEqualByComparingTo("20000");

        // Year 1: the report is late; the managers are told, and the next tranche waits.
        moveClockTo(start.plusYears(1).plusDays(31).toInstant());
        runDueJobs();
        assertThat(mailSubjectsTo(coordinator)).anyMatch(s -> s.startsWith("Reminder: annual report 1 of \"Ocean acoustics network stop\""));
        assertThat(mailSubjectsTo(manager)).contains("Annual report 1 overdue: \"Ocean acoustics network stop\"");
        assertThat(reportReviewOf(applicationId)).hasPassed("Task_EscalateReport").isWaitingAt("Receive_Report");
        assertThat(tranchesReleased(applicationId)).isEqualByComparingTo("20000");

        // The late report comes; changes are asked, a revision is approved, and year 2's tranche is released.
        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        complete(manager, taskOf(applicationId, "Task_ApproveReport"),
                Map.of("approveAnnualReport", false, "annualReportComment", "Add the exchange visits."));
        assertThat(mailSubjectsTo(coordinator)).contains("Changes requested to annual report 1 of \"Ocean acoustics network stop\"");
        assertThat(reportReviewOf(applicationId)).isWaitingAt("Receive_RevisedReport");
        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        complete(manager, taskOf(applicationId, "Task_ApproveReport"), Map.of("approveAnnualReport", true, "annualReportComment", ""));
        assertThat(tranchesReleased(applicationId)).isEqualByComparingTo("35000");

        // Year 2 on time.
        moveClockTo(start.plusYears(2).plusDays(1).toInstant());
        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        complete(manager, taskOf(applicationId, "Task_ApproveReport"), Map.of("approveAnnualReport", true, "annualReportComment", ""));

        // Year 3 opens with the mid-term evaluation, which stops the project.
        assertThat(project).isWaitingAt("Task_MidTermEvaluation");
        complete(manager, taskOf(applicationId, "Task_MidTermEvaluation"),
                Map.of("continueProject", "false", "midTermReason", "The partnership has not produced the planned data."));
        assertThat(project).isEnded().hasPassed("Task_TellStopped", "End_Stopped").hasNotPassed("End_Closed");
        assertThat(applications.get(applicationId).status()).isEqualTo(ApplicationStatus.STOPPED);
        assertThat(mailSubjectsTo(coordinator)).contains("Project \"Ocean acoustics network stop\" stopped at its mid-term evaluation");
        assertThat(count("SELECT COUNT(*) FROM irp_mid_term WHERE application_id = ? AND NOT continued", applicationId)).isEqualTo(1);

        // Years later, nothing more is released, and no report is taken.
        moveClockTo(start.plusYears(5).toInstant());
        runDueJobs();
        assertThat(tranchesReleased(applicationId)).isEqualByComparingTo("35000");
        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(409);
    }
}
