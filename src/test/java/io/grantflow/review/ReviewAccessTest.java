package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import java.net.http.HttpResponse;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A reviewer reaches only his or her own review tasks and proposals, whichever door is tried, and the abstract and
 * the proposal only once he or she has declared no conflict and accepted.
 */
class ReviewAccessTest extends CallScenario {

    @Test
    void aReviewerCannotReadOrCompleteAnotherReviewersTaskThroughTheEngineApi() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        Task mine = reviewTaskOf(panel.get(0), app);
        Task theirs = reviewTaskOf(panel.get(1), app);

        assertThat(get("/engine-rest/task/" + mine.getId(), panel.get(0), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List> listed = get("/engine-rest/task", panel.get(0), List.class);
        assertThat(listed.getBody()).extracting(t -> ((Map<?, ?>) t).get("id")).containsExactly(mine.getId());

        assertThat(get("/engine-rest/task/" + theirs.getId(), panel.get(0), String.class).getStatusCode().is4xxClientError()).isTrue();
        ResponseEntity<String> complete = postJson("/engine-rest/task/" + theirs.getId() + "/complete", panel.get(0),
                "{\"variables\":{\"response\":{\"value\":\"decline\"}}}");
        assertThat(complete.getStatusCode().is4xxClientError()).as(complete.getBody()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(theirs.getId()).count()).as("the other reviewer's task is untouched").isEqualTo(1);

        ResponseEntity<String> applicantTries = get("/engine-rest/task/" + mine.getId(), applicant("en"), String.class);
        assertThat(applicantTries.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void onlyTheAssignedReviewersOpenTheProposal() {
        List<String> panel = List.of(reviewer("JP", "catalysis", "chemistry"), reviewer("DE", "catalysis", "polymers"));
        String outsider = reviewer("CA", "catalysis", "chemistry");
        Call call = callWithPanel(panel, Map.of(), "50000");
        String applicant = applicant("en");
        String app = submitEligible(call, applicant, "Green catalysts", List.of("catalysis", "chemistry", "polymers"), 9000);
        String path = "/portal/reviews/" + app + "/proposal";
        PortalSession reviewer = PortalSession.logIn(port, panel.get(0));

        assertThat(reviewer.get(path).statusCode()).as("before assignment").isEqualTo(404);
        closeCall(call);

        // invited, the reviewer first sees who applies: neither the abstract nor the proposal before the declaration
        assertThat(reviewer.get(path).statusCode()).as("before the declaration").isEqualTo(404);
        Task declaration = reviewTaskOf(panel.get(0), app);
        assertThat(declaration.getTaskDefinitionKey()).isEqualTo("Task_Declare");
        String before = get("/engine-rest/task/" + declaration.getId() + "/variables", panel.get(0), String.class).getBody();
        assertThat(before).contains("Green catalysts", "applicantText").doesNotContain("abstractText", "proposalUrl");
        ResponseEntity<String> accepted = postJson("/engine-rest/task/" + declaration.getId() + "/complete", panel.get(0),
                "{\"variables\":{\"response\":{\"value\":\"accept\"}}}");
        assertThat(accepted.getStatusCode().is2xxSuccessful()).as(accepted.getBody()).isTrue();
        Task review = reviewTaskOf(panel.get(0), app);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_Review");
        assertThat(get("/engine-rest/task/" + review.getId() + "/variables", panel.get(0), String.class).getBody())
                .contains("abstractText", "proposalUrl");
        // the other reviewer declares a conflict: the proposal never opens to him or her
        declareConflict(reviewTaskOf(panel.get(1), app), "I co-authored with the applicant");
        assertThat(PortalSession.logIn(port, panel.get(1)).get(path).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> assigned = reviewer.get(path);
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(assigned.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PDF_VALUE);
        assertThat(assigned.body()).startsWith("%PDF".getBytes());
        assertThat(PortalSession.logIn(port, outsider).get(path).statusCode()).isEqualTo(404);
        assertThat(PortalSession.logIn(port, applicant).get(path).statusCode()).isEqualTo(404);
        assertThat(PortalSession.anonymous(port).get(path).statusCode()).as("sent to the login page").isEqualTo(302);
    }

    @Test
    void theApiDescriptionIsServed() {
        ResponseEntity<Map> docs = get("/v3/api-docs", null, Map.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, ?>) docs.getBody().get("paths")).containsKeys("/api/calls/{callId}/applications", "/api/applications/{id}");
    }

    private ResponseEntity<String> postJson(String path, String userId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(userId, userId);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }
}
