package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import io.grantflow.support.WebappSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** A review belongs to the reviewer invited to write it, whatever a reviewer sends to engine REST. */
class ReviewOwnershipTest extends CallScenario {

    private static final String HONEST = """
            "score1":{"value":4},"score2":{"value":3},
            "score3":{"value":5},"commentForApplicant":{"value":"Clear and feasible."},
            "confidentialComment":{"value":"Strong team."}""";

    record Round(List<String> panel, String applicant, String applicationId, Task first, Task second) {
    }

    private Round round() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String applicant = applicant("en");
        String app = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        // both reviewers have declared no conflict and accepted: what follows is about the review task
        return new Round(panel, applicant, app, accept(reviewTaskOf(panel.get(0), app)), accept(reviewTaskOf(panel.get(1), app)));
    }

    private String invitationOf(String reviewerId, String applicationId) {
        return jdbc.sql("SELECT id FROM review_assignment WHERE reviewer_id = ? AND application_id = ?")
                .params(reviewerId, applicationId).query(String.class).single();
    }

    private int reviewsStored(String assignmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM review WHERE assignment_id = ?").param(assignmentId).query(Integer.class).single();
    }

    @Test
    void aCompletionNamingAnotherReviewersInvitationIsRefusedAndTheHonestOneCountsForItsOwnReviewer() {
        Round r = round();
        EngineRest first = EngineRest.as(http, r.panel().get(0));
        String theirs = invitationOf(r.panel().get(1), r.applicationId());
        String mine = invitationOf(r.panel().get(0), r.applicationId());

        for (String forged : List.of("\"assignmentId\":{\"value\":\"" + theirs + "\"}", "\"reviewerId\":{\"value\":\"" + r.panel().get(1) + "\"}",
                "\"applicationId\":{\"value\":\"someone-else\"}", "\"outcome\":{\"value\":\"reviewed\"}", "\"invitationId\":{\"value\":\"" + theirs + "\"}")) {
            for (String action : List.of("complete", "submit-form")) {
                ResponseEntity<String> refused = first.post("/task/" + r.first().getId() + "/" + action,
                        "{\"variables\":{" + HONEST + "," + forged + "}}");
                assertThat(refused.getStatusCode().value()).as(action + " with " + forged + ": " + refused.getBody()).isEqualTo(400);
                assertThat(refused.getBody()).contains("not a field of this task's form");
            }
        }
        assertThat(tasks.createTaskQuery().taskId(r.first().getId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(reviewsStored(theirs) + reviewsStored(mine)).isZero();

        ResponseEntity<String> honest = first.post("/task/" + r.first().getId() + "/submit-form", "{\"variables\":{" + HONEST + "}}");
        assertThat(honest.getStatusCode().value()).as(honest.getBody()).isEqualTo(204);
        assertThat(reviewsStored(mine)).isEqualTo(1);
        ResponseEntity<String> secondClick = first.post("/task/" + r.first().getId() + "/submit-form", "{\"variables\":{" + HONEST + "}}");
        assertThat(secondClick.getStatusCode().is4xxClientError()).as(secondClick.getBody()).isTrue();
        assertThat(reviewsStored(mine)).as("the second click stores nothing").isEqualTo(1);
        assertThat(reviewsStored(theirs)).isZero();
        assertThat(jdbc.sql("SELECT status FROM review_assignment WHERE id = ?").param(theirs).query(String.class).single())
                .isEqualTo("INVITED");
        assertThat(tasks.createTaskQuery().taskId(r.second().getId()).count()).as("the other review is still to do").isEqualTo(1);
    }

    @Test
    void throughTasklistsOwnApiTheSameForgeriesAreRefusedAndTheHonestReviewGoesThrough() {
        Round r = round();
        WebappSession tasklist = WebappSession.tasklist(port, r.panel().get(0));
        String task = "task/" + r.first().getId();
        String theirs = invitationOf(r.panel().get(1), r.applicationId());

        HttpResponse<String> forged = tasklist.postToEngine(task + "/submit-form",
                "{\"variables\":{" + HONEST + ",\"assignmentId\":{\"value\":\"" + theirs + "\"}}}");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(tasklist.postToEngine(task + "/assignee", "{\"userId\":\"" + r.applicant() + "\"}").statusCode()).isEqualTo(403);
        assertThat(tasklist.postToEngine(task + "/unclaim", null).statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(r.first().getId()).singleResult().getAssignee()).isEqualTo(r.panel().get(0));

        HttpResponse<String> honest = tasklist.postToEngine(task + "/submit-form", "{\"variables\":{" + HONEST + "}}");
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
        assertThat(reviewsStored(invitationOf(r.panel().get(0), r.applicationId()))).isEqualTo(1);
        assertThat(reviewsStored(theirs)).isZero();
    }

    @Test
    void invalidScoresAreRefusedWith400AndTheMessageTasklistShows() {
        Round r = round();
        ResponseEntity<String> refused = EngineRest.as(http, r.panel().get(0)).post("/task/" + r.first().getId() + "/complete",
                "{\"variables\":{" + HONEST.replace("\"score1\":{\"value\":4}", "\"score1\":{\"value\":9}") + "}}");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("\"message\"").contains("score1").contains("Scientific quality").doesNotContain("ENGINE-", "Exception");
        assertThat(tasks.createTaskQuery().taskId(r.first().getId()).count()).isEqualTo(1);
    }

    @Test
    void aReviewerCanNeitherHandHisTaskToAnyoneNorChangeItsVariables() {
        Round r = round();
        String reviewer = r.panel().get(0);
        EngineRest rest = EngineRest.as(http, reviewer);
        String task = "/task/" + r.first().getId();

        List<ResponseEntity<String>> attempts = List.of(
                rest.post(task + "/assignee", "{\"userId\":\"" + r.applicant() + "\"}"),
                rest.post(task + "/delegate", "{\"userId\":\"" + r.applicant() + "\"}"),
                rest.post(task + "/claim", "{\"userId\":\"" + r.applicant() + "\"}"),
                rest.post(task + "/unclaim", null),
                rest.post(task + "/identity-links", "{\"userId\":\"" + r.applicant() + "\",\"type\":\"candidate\"}"),
                rest.put(task, "{\"name\":\"Review\",\"assignee\":\"" + r.applicant() + "\"}"),
                rest.put(task + "/variables/outcome", "{\"value\":\"reviewed\"}"),
                rest.put(task + "/localVariables/invitationId", "{\"value\":\"other\"}"),
                rest.post(task + "/variables", "{\"modifications\":{\"assignmentId\":{\"value\":\"other\"}}}"),
                rest.delete(task + "/localVariables/invitationId"),
                rest.post("/process-instance/" + r.first().getProcessInstanceId() + "/variables",
                        "{\"modifications\":{\"applicationId\":{\"value\":\"other\"}}}"));
        for (ResponseEntity<String> attempt : attempts) {
            assertThat(attempt.getStatusCode().is4xxClientError()).as(attempt.getBody()).isTrue();
        }
        Task now = tasks.createTaskQuery().taskId(r.first().getId()).singleResult();
        assertThat(now.getAssignee()).isEqualTo(reviewer);
        assertThat(tasks.getVariableLocal(now.getId(), "invitationId")).isEqualTo(invitationOf(reviewer, r.applicationId()));
        assertThat(tasks.createTaskQuery().taskCandidateUser(r.applicant()).count()).isZero();
    }

    @Test
    void notEvenAnAdministratorGivesAReviewToTheApplicantOrToAnotherReviewer() {
        Round r = round();
        EngineRest admin = new EngineRest(http, "admin", "admin-test-password");
        for (String someoneElse : List.of(r.applicant(), r.panel().get(1))) {
            ResponseEntity<String> refused = admin.post("/task/" + r.first().getId() + "/assignee", "{\"userId\":\"" + someoneElse + "\"}");
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
            assertThat(refused.getBody()).contains("cannot be assigned to anyone else");
        }
        assertThat(tasks.createTaskQuery().taskId(r.first().getId()).singleResult().getAssignee()).isEqualTo(r.panel().get(0));
        ResponseEntity<String> inHisName = admin.post("/task/" + r.first().getId() + "/complete", "{\"variables\":{" + HONEST + "}}");
        assertThat(inHisName.getStatusCode().value()).as(inHisName.getBody()).isEqualTo(409);
        assertThat(reviewsStored(invitationOf(r.panel().get(0), r.applicationId()))).as("no review in the reviewer's name").isZero();
    }
}
