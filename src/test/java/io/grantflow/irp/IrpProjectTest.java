package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.CalledProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A whole five-year International Research Project driven with the engine's clock, from submission to closure. */
class IrpProjectTest extends IrpScenario {

    @Autowired ApplicationService applications;
    @Autowired ProjectYearService years;

    @Test
    void aFiveYearProjectFromSubmissionToClosure() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "oceanography", "acoustics"), reviewer("FR", "acoustics", "climate"),
                reviewer("US", "genomics", "statistics"));
        Call call = irpCall(panel, Map.of());
        String coordinator = applicant("en");
        String applicationId = submitIrp(call, coordinator, irpApplication("five"));
        ProcessInstance project = projectOf(applicationId);
        assertThat(project).isWaitingAt("Catch_CallClosed").hasPassed("Call_Eligibility");
        assertThat(CalledProcess.of(project, "eligibility")).isEnded().hasPassed("Task_CheckEligibility", "Task_AcknowledgeReceipt");

        // The call closes: two external reviewers, at least one working outside the funder's country.
        ProcessInstance callProcess = closeIrpCall(call);
        assertThat(callProcess).isWaitingAt("Call_ReviewRounds");
        List<Task> reviews = reviewTasksOf(applicationId);
        assertThat(reviews).hasSize(2);
        assertThat(reviews).extracting(Task::getAssignee).anyMatch(r -> !r.equals(panel.get(1)));
        reviews.forEach(t -> review(t, 5, 4, 5, "A strong network with a clear plan."));

        // The scientific committee funds it; the decision letter goes out and the agreement opens.
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        assertThat(committee.getName()).isEqualTo("Scientific committee: " + call.title());
        complete(manager, committee, Map.of("fundedApplicationIds", List.of(applicationId)));
        assertThat(callProcess).isEnded();
        assertThat(project).isWaitingAt("Task_FunderSigns", "Receive_PartnerSigned");
        assertThat(mailSubjectsTo(coordinator)).contains("Your IRP application \"Ocean acoustics network five\" is funded");

        // The funder and both partner institutions sign, in any order.
        assertThat(sign(lastSigningToken("ken-five@partner.example")).getStatusCode().value()).isEqualTo(200);
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));
        assertThat(project).isWaitingAt("Receive_PartnerSigned");
        assertThat(sign(lastSigningToken("anna-five@partner.example")).getStatusCode().value()).isEqualTo(200);
        assertThat(project).hasPassed("Gateway_JoinSignatures", "Task_StartProject", "Task_TellStarted");
        assertThat(applications.get(applicationId).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(mailSubjectsTo(coordinator)).contains("Your project \"Ocean acoustics network five\" has started");

        ZonedDateTime start = Instant.parse((String) engine.getRuntimeService().getVariable(project.getId(), "projectStartedAt"))
                .atZone(Call.FUNDER_ZONE);
        for (int year = 1; year <= 5; year++) {
            if (year == 3) {
                assertThat(project).isWaitingAt("Task_MidTermEvaluation");
                assertThat(tranchesReleased(applicationId)).isEqualByComparingTo("30000");
                complete(manager, taskOf(applicationId, "Task_MidTermEvaluation"),
                        Map.of("continueProject", "true", "midTermReason", "On track: two papers and a shared data set."));
            }
            assertThat(project).isWaitingAt("Call_AnnualReportReview");
            ProcessInstance annualReview = reportReviewOf(applicationId);
            assertThat(annualReview).isWaitingAt("Receive_Report");
            assertThat(years.tranches(applicationId)).hasSize(year);
            assertThat(mailSubjectsTo(coordinator))
                    .contains("Year " + year + " of \"Ocean acoustics network five\": 15000.00 EUR released");

            // Twenty days after the year ends the report is ten days from due: a reminder has gone out.
            moveClockTo(start.plusYears(year).plusDays(20).toInstant());
            runDueJobs();
            String reminder = "Reminder: annual report " + year + " of";
            assertThat(mailSubjectsTo(coordinator)).anyMatch(s -> s.startsWith(reminder));
            assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
            Task approval = taskOf(applicationId, "Task_ApproveReport");
            assertThat(approval.getName()).isEqualTo("Approve annual report " + year + ": Ocean acoustics network five");
            complete(manager, approval, Map.of("approveAnnualReport", true, "annualReportComment", ""));
            assertThat(annualReview).isEnded().hasNotPassed("Task_EscalateReport");
        }
        assertThat(tranchesReleased(applicationId)).isEqualByComparingTo(new BigDecimal("75000"));

        // The project has ended: the final report is requested, comes late, is revised and approved.
        assertThat(project).isWaitingAt("Call_FinalReportReview").hasPassed("Timer_ProjectEnds", "Task_RequestFinalReport");
        ProcessInstance finalReview = reportReviewOf(applicationId);
        assertThat(finalReview).isWaitingAt("Receive_Report");
        assertThat(mailSubjectsTo(coordinator)).contains("Final report for \"Ocean acoustics network five\"");
        Instant reportDue = Instant.parse((String) engine.getRuntimeService().getVariable(project.getId(), "reportDueAt"));
        moveClockTo(reportDue.plusSeconds(86400));
        runDueJobs();
        assertThat(mailSubjectsTo(coordinator)).anyMatch(s -> s.startsWith("Reminder: final report for \"Ocean acoustics network five\""));
        assertThat(mailSubjectsTo(manager)).contains("Final report overdue: \"Ocean acoustics network five\"");
        assertThat(postFinalReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        assertThat(mailSubjectsTo(coordinator)).contains("Final report of \"Ocean acoustics network five\" received");
        Task finalApproval = taskOf(applicationId, "Task_ApproveReport");
        assertThat(tasks.getVariable(finalApproval.getId(), "finalReportUrl")).asString()
                .endsWith("/portal/applications/" + applicationId + "/final-report");
        assertThat(io.grantflow.support.PortalSession.logIn(port, manager).get("/portal/applications/" + applicationId + "/final-report")
                .statusCode()).isEqualTo(200);
        complete(manager, finalApproval, Map.of("approveReport", false, "reportComment", "Add the data plan."));
        assertThat(finalReview).isWaitingAt("Receive_RevisedReport");
        assertThat(postFinalReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        complete(manager, taskOf(applicationId, "Task_ApproveReport"), Map.of("approveReport", true, "reportComment", ""));

        assertThat(finalReview).isEnded().hasPassed("Task_EscalateReport", "Task_AskChanges", "End_ReportApproved");
        assertThat(project).isEnded().hasPassed("Task_TellClosed", "End_Closed");
        assertThat(applications.get(applicationId).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(mailSubjectsTo(coordinator)).contains("Project \"Ocean acoustics network five\" closed");
        assertThat(count("SELECT COUNT(*) FROM irp_annual_report WHERE application_id = ? AND approved", applicationId)).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM irp_signature WHERE application_id = ? AND signed_at IS NOT NULL", applicationId)).isEqualTo(3);
    }
}
