package io.grantflow.discussion;

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
import io.grantflow.review.ReviewService;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The discussion after the reviews (review-round.bpmn after SubProcess_Review): reading the others once one's own is
 * in, revising within the window and not after, the rapporteur's consensus report, and where it goes.
 */
class DiscussionProcessTest extends CallScenario {

    @Autowired ApplicationService applications;
    @Autowired ReviewService reviewService;
    @Autowired DiscussionService discussions;

    @Test
    void withoutDaysOfDiscussionTheRoundClosesAsBefore() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "quantum", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        ProcessInstance callProcess = closeCall(call);
        ProcessInstance round = round(app);
        for (Task t : reviewTasksOf(app)) {
            review(t, 4, 4, 4, "Sound.");
        }

        assertThat(round).isEnded().hasPassed("Task_OpenDiscussion", "Task_FinishRound").hasNotPassed("Task_Consensus", "Timer_DiscussionOver");
        assertThat(applications.get(app).status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        assertThat(get("/api/reviews/" + app + "/discussion", panel.get(0), String.class).getStatusCode().value())
                .as("no discussion in a call without days of discussion").isEqualTo(404);
    }

    @Test
    void reviewersReviseWithinTheWindowThenTheRapporteurReportsAndTheApplicantReceivesTheReport() throws Exception {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "quantum", "photonics"));
        Call call = callWithPanel(panel, Map.of("discussionDays", 5), "50000");
        String applicant = applicant("en");
        String app = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        ProcessInstance callProcess = closeCall(call);
        ProcessInstance round = round(app);
        String first = panel.get(0);
        String second = panel.get(1);

        review(reviewTaskOf(first, app), 5, 5, 5, "Brilliant from the first page.");
        Map<?, ?> alone = get("/api/reviews/" + app + "/discussion", first, Map.class).getBody();
        assertThat((List<?>) alone.get("reviews")).hasSize(1);
        assertThat(alone.get("open")).isEqualTo(true);
        assertThat(alone.get("endsAt")).as("the window starts when the last review is in").isNull();

        moveClockTo(call.closesAt().plus(Duration.ofHours(2)));
        review(reviewTaskOf(second, app), 2, 3, 2, "The budget for travel is far too small.");
        assertThat(round).isWaitingAt("Timer_DiscussionOver");
        assertThat(applications.get(app).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        Map<?, ?> both = get("/api/reviews/" + app + "/discussion", first, Map.class).getBody();
        assertThat(both.get("endsAt")).isNotNull();
        assertThat(both.toString()).contains("The budget for travel is far too small.").doesNotContain(second);
        // numbered in the order of submission
        assertThat((List<Map<String, Object>>) both.get("reviews")).extracting(r -> r.get("number"), r -> r.get("mine"), r -> r.get("reviewerName"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true, null), org.assertj.core.groups.Tuple.tuple(2, false, null));

        // the first reviewer, convinced by the second, revises in the portal
        PortalSession firstReviewer = PortalSession.logIn(port, first);
        String page = "/portal/reviews/" + app + "/discussion";
        assertThat(new String(firstReviewer.getPage(page).body(), StandardCharsets.UTF_8))
                .contains("The budget for travel is far too small.", "Reviewer 2", "Revise your review");
        var revised = firstReviewer.postForm(page, page, Map.of("score1", "4", "score2", "3", "score3", "4",
                "commentForApplicant", "Brilliant, but the travel budget is too small.", "confidentialComment", ""));
        assertThat(revised.statusCode()).isEqualTo(302);
        assertThat(reviewService.reviewsOf(app)).extracting(r -> r.score("feasibility")).containsExactly(3, 3);
        // bad input is refused by name and changes nothing
        ResponseEntity<String> bad = sendJson(HttpMethod.PUT, "/api/reviews/" + app + "/discussion/review", first,
                "{\"scores\":{\"quality\":9,\"feasibility\":3,\"collaboration\":4},\"commentForApplicant\":\"x\"}", String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("score1");
        assertThat(reviewService.reviewsOf(app).get(0).score("quality")).isEqualTo(4);

        // a manager reads the discussion on the application's page and leaves the default rapporteur, the first who accepted
        PortalSession managerSession = PortalSession.logIn(port, manager);
        String appPage = new String(managerSession.getPage("/portal/applications/" + app).body(), StandardCharsets.UTF_8);
        assertThat(appPage).contains("Discussion and consensus", "The consensus report is not written yet.");
        assertThat(discussions.rapporteurOf(app)).isEqualTo(first);

        moveClockTo(call.closesAt().plus(Duration.ofDays(6)));
        runDueJobs();
        assertThat(round).isWaitingAt("Task_Consensus");
        ResponseEntity<String> late = sendJson(HttpMethod.PUT, "/api/reviews/" + app + "/discussion/review", second,
                "{\"scores\":{\"quality\":5,\"feasibility\":5,\"collaboration\":5},\"commentForApplicant\":\"Now great.\"}", String.class);
        assertThat(late.getStatusCode().value()).as("after the window").isEqualTo(409);
        assertThat(late.getBody()).contains("discussion of this application has ended");
        assertThat(reviewService.reviewsOf(app).get(1).score("quality")).isEqualTo(2);

        Task consensus = tasks.createTaskQuery().processInstanceId(round.getId()).singleResult();
        assertThat(consensus.getAssignee()).isEqualTo(first);
        assertThat(consensus.getName()).isEqualTo("Consensus report: Graphene photonics");
        assertThat(tasks.getVariable(consensus.getId(), "reviewsText").toString())
                .contains("Reviewer 1", "Brilliant, but the travel budget is too small.", "Feasibility: 3");
        assertThatThrownBy(() -> asUser(second, () -> tasks.complete(consensus.getId(), Map.of("consensusReport", "Mine."))))
                .as("another reviewer may not write it").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> asUser(manager, () -> tasks.complete(consensus.getId(), Map.of("consensusReport", "Mine."))))
                .as("nor a manager in the rapporteur's name").hasMessageContaining("Only the rapporteur");
        assertThatThrownBy(() -> asUser(first, () -> tasks.complete(consensus.getId(), Map.of("consensusReport", " "))))
                .hasMessageContaining("consensusReport");
        asUser(first, () -> tasks.complete(consensus.getId(),
                Map.of("consensusReport", "Both reviewers praise the science; the travel budget must grow.")));
        runDueJobs();

        assertThat(round).isEnded().hasPassed("Timer_DiscussionOver", "Task_Consensus", "Task_FinishRound");
        assertThat(applications.get(app).status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        assertThat(new String(managerSession.getPage("/portal/applications/" + app).body(), StandardCharsets.UTF_8))
                .contains("Both reviewers praise the science; the travel budget must grow.", "The discussion ended on");
        assertThat(get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, String.class).getBody())
                .contains("consensus_report", "Both reviewers praise the science; the travel budget must grow.");

        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of())));
        runDueJobs();
        MimeMessage letter = lastMessageTo(applicant);
        assertThat(letter.getSubject()).isEqualTo("Decision on your application \"Graphene photonics\"");
        assertThat((String) letter.getContent()).contains("The reviewers' consensus report",
                "Both reviewers praise the science; the travel budget must grow.", "The budget for travel is far too small.");
        assertThat((String) letter.getContent()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void aManagerNamesAnotherRapporteurOrTakesTheReportForTheManagers() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "quantum", "photonics"));
        Call call = callWithPanel(panel, Map.of("discussionDays", 2, "discussionNamesReviewers", true), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        ProcessInstance round = round(app);
        review(reviewTaskOf(panel.get(0), app), 4, 4, 4, "Good.");
        review(reviewTaskOf(panel.get(1), app), 3, 3, 3, "Fair.");
        assertThat(get("/api/reviews/" + app + "/discussion", panel.get(1), String.class).getBody())
                .as("the call names the reviewers to one another").contains("\"reviewerName\":\"");

        PortalSession session = PortalSession.logIn(port, manager);
        String page = "/portal/applications/" + app;
        String form = "/portal/dashboard/applications/" + app + "/rapporteur";
        assertThat(session.postForm(page, form, Map.of("rapporteur", "somebody-else")).statusCode()).isEqualTo(400);
        assertThat(session.postForm(page, form, Map.of("rapporteur", panel.get(1))).statusCode()).isEqualTo(302);
        assertThat(discussions.rapporteurOf(app)).isEqualTo(panel.get(1));

        moveClockTo(call.closesAt().plus(Duration.ofDays(3)));
        runDueJobs();
        Task consensus = tasks.createTaskQuery().processInstanceId(round.getId()).singleResult();
        assertThat(consensus.getAssignee()).isEqualTo(panel.get(1));
        // the managers take it over: the open task leaves the reviewer
        assertThat(session.postForm(page, form, Map.of("rapporteur", "")).statusCode()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().taskId(consensus.getId()).singleResult().getAssignee()).isNull();
        asUser(manager, () -> tasks.claim(consensus.getId(), manager));
        asUser(manager, () -> tasks.complete(consensus.getId(), Map.of("consensusReport", "Written by the manager.")));
        assertThat(discussions.consensusOf(app)).get().extracting(DiscussionService.Consensus::writtenBy).isEqualTo(manager);
        assertThat(session.postForm(page, form, Map.of("rapporteur", panel.get(0))).statusCode())
                .as("once written, no other rapporteur").isEqualTo(409);
    }

    private ProcessInstance round(String app) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("review-round").processInstanceBusinessKey(app).singleResult();
    }
}
