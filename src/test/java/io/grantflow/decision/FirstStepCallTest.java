package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.CalledProcess;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A whole First Step call driven with the engine's clock: submission, review, committee, decisions, award, report, closure. */
class FirstStepCallTest extends CallScenario {

    @Autowired ApplicationService applications;

    @Test
    void aCallFromSubmissionToClosedProjects() throws Exception {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"),
                reviewer("US", "oceanography", "climate"), reviewer("BR", "climate", "statistics"));
        Call call = callWithPanel(panel, Map.of("acceptanceDays", 30, "finalReportDueMonths", 2, "reportReminderDaysBefore", 14), "18000");
        String best = applicant("en");
        String second = applicant("fr");
        String third = applicant("en");
        String bestApp = submitEligible(call, best, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String secondApp = submitEligible(call, second, "Ocean heat", List.of("oceanography", "climate", "statistics"), 8000);
        String thirdApp = submitEligible(call, third, "Quantum dots", List.of("quantum", "photonics", "dots"), 5000);

        ProcessInstance callProcess = closeCall(call);
        assertThat(callProcess).isWaitingAt("Call_ReviewRounds");
        scoreAll(bestApp, 5, "Excellent and timely.");
        scoreAll(secondApp, 4, "Convincing partnership.");
        scoreAll(thirdApp, 2, "Too early.");

        // The committee: the ranking proposes the two best (17,000 EUR within 18,000); the manager keeps that choice.
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        assertThat(committee.getName()).isEqualTo("Committee ranking: " + call.title());
        Object proposed = engine.getRuntimeService().getVariable(callProcess.getId(), "fundedApplicationIds");
        assertThat(proposed.toString()).contains(bestApp, secondApp).doesNotContain(thirdApp);
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(bestApp, secondApp))));
        runDueJobs();
        assertThat(callProcess).isEnded().hasPassed("Task_SendDecisions", "End_CallDecided");

        assertThat(applications.get(thirdApp).status()).isEqualTo(ApplicationStatus.NOT_FUNDED);
        MimeMessage refusal = lastMessageTo(third);
        assertThat(refusal.getSubject()).isEqualTo("Decision on your application \"Quantum dots\"");
        assertThat((String) refusal.getContent()).contains("Too early.");
        for (String reviewerId : panel) {
            assertThat((String) refusal.getContent()).doesNotContain(reviewerId);
        }
        MimeMessage funded = lastMessageTo(second);
        assertThat(funded.getSubject()).isEqualTo("Votre candidature « Ocean heat » est financée");
        assertThat((String) funded.getContent()).contains("8000.00 EUR", "Convincing partnership.");

        // The best applicant accepts at once; the second never does and the award lapses.
        assertThat(post("/api/applications/" + bestApp + "/award/acceptance", best).getStatusCode().value()).isEqualTo(204);
        assertThat(post("/api/applications/" + bestApp + "/award/acceptance", best).getStatusCode().value()).isEqualTo(409);
        runDueJobs();
        assertThat(applications.get(bestApp).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(lastMessageTo(best).getSubject()).isEqualTo("Your project \"Graphene photonics\" has started");

        moveClockTo(call.closesAt().plus(Duration.ofDays(31)));
        runDueJobs();
        assertThat(applications.get(secondApp).status()).isEqualTo(ApplicationStatus.LAPSED);
        assertThat(mailSubjectsTo(manager)).contains("Award not accepted: \"Ocean heat\"");

        // The project ends after 12 months; the report is requested, reminded, then overdue.
        ProcessInstance project = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bestApp).singleResult();
        moveClockTo(call.closesAt().plus(Duration.ofDays(370)));
        runDueJobs();
        assertThat(project).isWaitingAt("Call_FinalReportReview");
        ProcessInstance review = CalledProcess.of(project, "report-review");
        assertThat(review).isWaitingAt("Receive_Report");
        assertThat(lastMessageTo(best).getSubject()).isEqualTo("Final report for \"Graphene photonics\"");
        moveClockTo(call.closesAt().plus(Duration.ofDays(370 + 50)));
        runDueJobs();
        assertThat(mailSubjectsTo(best)).anyMatch(s -> s.startsWith("Reminder: final report for \"Graphene photonics\""));
        moveClockTo(call.closesAt().plus(Duration.ofDays(370 + 65)));
        runDueJobs();
        assertThat(mailSubjectsTo(manager)).contains("Final report overdue: \"Graphene photonics\"");
        assertThat(new String(PortalSession.logIn(port, manager).getPage("/portal/dashboard").body(), StandardCharsets.UTF_8))
                .contains("data-todo=\"reports\"").contains("Reports past their date, still awaited from the projects:");

        // A late report, changes asked, a second version approved: the project is closed.
        assertThat(postReport(bestApp, best).getStatusCode().value()).isEqualTo(204);
        Task approval = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(approval.getName()).isEqualTo("Approve final report: Graphene photonics");
        asUser(manager, () -> tasks.complete(approval.getId(), Map.of("approveReport", false, "reportComment", "Add the budget table.")));
        runDueJobs();
        assertThat(lastMessageTo(best).getSubject()).isEqualTo("Changes requested to the final report of \"Graphene photonics\"");
        assertThat(postReport(bestApp, best).getStatusCode().value()).isEqualTo(204);
        Task again = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
        asUser(manager, () -> tasks.complete(again.getId(), Map.of("approveReport", true, "reportComment", "")));
        runDueJobs();

        assertThat(review).isEnded().hasPassed("Task_AskChanges", "End_ReportApproved");
        assertThat(project).isEnded().hasPassed("Task_TellClosed", "End_Closed");
        assertThat(applications.get(bestApp).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(lastMessageTo(best).getSubject()).isEqualTo("Project \"Graphene photonics\" closed");
        assertThat(count("SELECT COUNT(*) FROM final_report WHERE application_id = ?", bestApp)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM decision WHERE call_id = ? AND funded", call.id())).isEqualTo(2);
    }

    @Test
    void theCommitteeCannotFundMoreThanTheEnvelope() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "10000");
        String a = submitEligible(call, applicant("en"), "First", List.of("graphene", "photonics", "quantum"), 9000);
        String b = submitEligible(call, applicant("en"), "Second", List.of("graphene", "photonics", "quantum"), 9000);
        ProcessInstance callProcess = closeCall(call);
        scoreAll(a, 4, "Good.");
        scoreAll(b, 3, "Fair.");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();

        assertThatThrownBy(() -> asUser(manager,
                        () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(a, b)))))
                .hasMessageContaining("more than the envelope of 10000");

        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        assertThat(count("SELECT COUNT(*) FROM decision WHERE call_id = ?", call.id())).isZero();
    }

    private void scoreAll(String applicationId, long score, String comment) {
        for (Task task : reviewTasksOf(applicationId)) {
            review(task, score, score, score, comment);
        }
    }
}
