package io.grantflow.assignmentpage;

import static io.grantflow.assignmentpage.PanelPageTest.row;
import static io.grantflow.assignmentpage.PanelPageTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A call's reviews followed on its page: what each invitation shows, and a manager's Remind and Replace. */
class ReviewsPageTest extends CallScenario {

    @Autowired ApplicationService applications;

    /** One application of a call of three photonics reviewers, two of them invited, and a manager logged in. */
    private record Round(Call call, String app, List<String> panel, String manager, PortalSession session) {

        ReviewAssignment invitationOf(List<ReviewAssignment> all, String reviewerId) {
            return all.stream().filter(a -> a.reviewerId().equals(reviewerId)).reduce((x, y) -> y).orElseThrow();
        }
    }

    private Round round(int reviewers) {
        List<String> panel = new java.util.ArrayList<>();
        for (String country : List.of("JP", "DE", "US").subList(0, reviewers)) {
            panel.add(reviewer(country, "graphene", "photonics"));
        }
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        runDueJobs();
        String manager = manager();
        return new Round(call, app, panel, manager, PortalSession.logIn(port, manager));
    }

    private String page(Round r) {
        return "/portal/dashboard/calls/" + r.call().id() + "/reviews";
    }

    private HttpResponse<byte[]> act(Round r, String assignmentId, String action) {
        return r.session().postForm(page(r), page(r) + "/" + assignmentId + "/" + action, Map.of());
    }

    private String after(Round r, HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(page(r));
        return text(r.session().getPage(page(r)));
    }

    @Test
    void everyInvitationShowsItsReviewerStatusAndDatesAndRemindMailsTheReminderOnce() throws Exception {
        Round r = round(2);
        List<ReviewAssignment> invited = assignments.assignmentsOf(r.app());
        assertThat(invited).hasSize(2);
        String html = text(r.session().getPage(page(r)));
        ReviewAssignment first = invited.get(0);
        assertThat(row(html.replace("data-assignment", "data-reviewer"), first.id()))
                .contains("Test reviewer", "Invited", "Remind", "Replace");

        String done = after(r, act(r, first.id(), "remind"));
        assertThat(done).contains("The reminder is on its way to Test reviewer.");
        runDueJobs();
        assertThat(mailSubjectsTo(first.reviewerId())).filteredOn(s -> s.startsWith("Reminder: your review of \"Graphene photonics\""))
                .hasSize(1);
        assertThat(done).contains("Reminded on");

        assertThat(after(r, act(r, first.id(), "remind"))).contains("was reminded less than an hour ago");
        runDueJobs();
        assertThat(mailSubjectsTo(first.reviewerId())).filteredOn(s -> s.startsWith("Reminder:")).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'remind' AND actor = ?",
                r.call().id(), r.manager())).isEqualTo(1);
    }

    @Test
    void replaceWithdrawsTheTaskInvitesTheNextBestReviewerAndTheRoundCompletesWithoutTheOneGone() {
        Round r = round(3);
        List<ReviewAssignment> invited = assignments.assignmentsOf(r.app());
        ReviewAssignment gone = invited.get(0);
        String spare = r.panel().stream().filter(id -> invited.stream().noneMatch(a -> a.reviewerId().equals(id))).findFirst().orElseThrow();

        String done = after(r, act(r, gone.id(), "replace"));
        assertThat(done).contains("is replaced:", "is invited.");
        List<ReviewAssignment> now = assignments.assignmentsOf(r.app());
        assertThat(r.invitationOf(now, gone.reviewerId()).status().name()).isEqualTo("REPLACED");
        assertThat(r.invitationOf(now, spare).replaces()).isEqualTo(gone.id());
        assertThat(reviewTaskOf(gone.reviewerId(), r.app())).isNull();
        Task next = reviewTaskOf(spare, r.app());
        assertThat(next).isNotNull();
        runDueJobs();
        assertThat(mailSubjectsTo(spare)).contains("Invitation to review \"Graphene photonics\"");
        assertThat(mailSubjectsTo(gone.reviewerId())).contains("Your invitation to review \"Graphene photonics\" has been withdrawn");
        assertThat(row(done.replace("data-assignment", "data-reviewer"), gone.id())).contains("Replaced").doesNotContain("Remind");

        // A second click, or a replay of the form, does nothing more.
        assertThat(after(r, act(r, gone.id(), "replace"))).contains("is not open any more: nothing was done.");
        assertThat(assignments.assignmentsOf(r.app())).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'replace'", r.call().id())).isEqualTo(1);

        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("review-round").processInstanceBusinessKey(r.app()).singleResult();
        review(next, 4, 4, 4, "Sound.");
        review(reviewTaskOf(invited.get(1).reviewerId(), r.app()), 3, 4, 4, "Fine.");
        assertThat(round).isEnded().hasPassed("Event_ReplacedByManager", "Task_FinishRound");
        assertThat(applications.get(r.app()).status()).isEqualTo(ApplicationStatus.REVIEWED);
    }

    @Test
    void aReplacementWithNobodyFreeWaitsForTheNextPanelMember() {
        Round r = round(2);
        ReviewAssignment gone = assignments.assignmentsOf(r.app()).get(0);
        assertThat(after(r, act(r, gone.id(), "replace"))).contains("no reviewer of the panel is free");
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("review-round").processInstanceBusinessKey(r.app()).singleResult();
        assertThat(round).isWaitingAt("Gateway_WaitForReviewer");

        String late = reviewer("US", "photonics");
        List<String> panel = new java.util.ArrayList<>(r.panel());
        panel.add(late);
        String fields = String.join("&", panel.stream().map(id -> "reviewerIds=" + id).toList());
        r.session().submitForm("/portal/dashboard/calls/" + r.call().id() + "/panel", fields);
        assertThat(reviewTaskOf(late, r.app())).isNotNull();
    }

    @Test
    void aSubmittedReviewOffersNoActionAndAnotherCallsInvitationOrAReviewerIsRefused() {
        Round r = round(2);
        List<ReviewAssignment> invited = assignments.assignmentsOf(r.app());
        ReviewAssignment submitted = invited.get(0);
        review(reviewTaskOf(submitted.reviewerId(), r.app()), 4, 4, 4, "Sound.");
        String html = text(r.session().getPage(page(r))).replace("data-assignment", "data-reviewer");
        assertThat(row(html, submitted.id())).contains("Submitted").doesNotContain("Replace").doesNotContain("Remind");
        assertThat(after(r, act(r, submitted.id(), "replace"))).contains("is not open any more");
        assertThat(after(r, act(r, submitted.id(), "remind"))).contains("is not open any more");

        Round other = round(2);
        HttpResponse<byte[]> crossed = r.session().postForm(page(r),
                page(r) + "/" + assignments.assignmentsOf(other.app()).get(0).id() + "/replace", Map.of());
        assertThat(crossed.statusCode()).isEqualTo(404);
        assertThat(assignments.assignmentsOf(other.app())).allMatch(a -> a.status().name().equals("INVITED"));

        String open = invited.get(1).id();
        PortalSession reviewer = PortalSession.logIn(port, invited.get(1).reviewerId());
        assertThat(reviewer.getPage(page(r)).statusCode()).isEqualTo(403);
        assertThat(reviewer.postForm("/portal/applications", page(r) + "/" + open + "/replace", Map.of()).statusCode()).isEqualTo(403);
        assertThat(assignments.assignment(open).orElseThrow().status().name()).isEqualTo("INVITED");
    }

    @Test
    void theCallsDashboardLinksToItsReviews() {
        Round r = round(2);
        assertThat(text(r.session().getPage("/portal/dashboard/calls/" + r.call().id())))
                .contains("href=\"" + page(r) + "\"");
    }
}
