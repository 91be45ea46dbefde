package io.grantflow.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Before submitting, a reviewer reads nothing of another review of the application, whichever door he or she
 * tries: the portal, the JSON API, engine REST with his or her own password (Tasklist's form: see
 * ConsensusReportBrowserTest). Once submitted, the other reviews open to him or her.
 */
class ReviewIndependenceTest extends CallScenario {

    private static final String SECRET = "Unconvincing partners, weak plan";

    @Test
    void aReviewerWhoHasNotSubmittedSeesNoOtherReviewThroughAnyDoor() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "quantum", "photonics"));
        String outsider = reviewer("CA", "graphene", "photonics");
        Call call = callWithPanel(panel, Map.of("discussionDays", 4), "50000");
        String applicant = applicant("en");
        String app = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        String done = panel.get(0);
        String writing = panel.get(1);
        review(reviewTaskOf(done, app), 2, 2, 2, SECRET);
        Task open = accept(reviewTaskOf(writing, app));
        String round = open.getProcessInstanceId();

        // the portal
        PortalSession portal = PortalSession.logIn(port, writing);
        assertThat(portal.get("/portal/reviews/" + app + "/discussion").statusCode()).isEqualTo(404);
        assertThat(portal.postForm("/portal/reviews", "/portal/reviews/" + app + "/discussion",
                Map.of("score1", "5", "score2", "5", "score3", "5", "commentForApplicant", "x")).statusCode()).isEqualTo(404);
        assertThat(new String(portal.getPage("/portal/reviews").body(), StandardCharsets.UTF_8))
                .doesNotContain(SECRET).contains("No discussion is open to you");
        assertThat(portal.get("/portal/applications/" + app).statusCode()).isEqualTo(404);

        // the JSON API
        assertThat(get("/api/reviews/" + app + "/discussion", writing, String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(sendJson(HttpMethod.PUT, "/api/reviews/" + app + "/discussion/review", writing,
                "{\"scores\":{\"quality\":5,\"feasibility\":5,\"collaboration\":5},\"commentForApplicant\":\"x\"}", String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/applications/" + app, writing, String.class).getStatusCode().value()).isEqualTo(404);

        // engine REST with the reviewer's own password
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/" + open.getId() + "/variables",
                "/engine-rest/task/" + open.getId() + "/form-variables",
                "/engine-rest/variable-instance", "/engine-rest/variable-instance?processInstanceIdIn=" + round,
                "/engine-rest/process-instance/" + round + "/variables",
                "/engine-rest/history/variable-instance", "/engine-rest/history/variable-instance?processInstanceId=" + round,
                "/engine-rest/history/detail", "/engine-rest/history/detail?processInstanceId=" + round,
                "/engine-rest/history/task", "/engine-rest/history/user-operation")) {
            var answer = get(path, writing, String.class);
            assertThat(answer.getBody()).as(path).doesNotContain(SECRET).doesNotContain("Unconvincing");
        }
        // nor the other applicant's or an outsider's ways in
        for (String other : List.of(outsider, applicant)) {
            assertThat(get("/api/reviews/" + app + "/discussion", other, String.class).getStatusCode().value()).isEqualTo(404);
            assertThat(PortalSession.logIn(port, other).get("/portal/reviews/" + app + "/discussion").statusCode()).isEqualTo(404);
        }

        // once submitted, the other review opens
        asUser(writing, () -> tasks.complete(open.getId(), Map.of("score1", 4L, "score2", 4L, "score3", 4L,
                "commentForApplicant", "Promising.", "confidentialComment", "")));
        assertThat(get("/api/reviews/" + app + "/discussion", writing, String.class).getBody()).contains(SECRET);
        assertThat(new String(portal.getPage("/portal/reviews/" + app + "/discussion").body(), StandardCharsets.UTF_8)).contains(SECRET);
        assertThat(new String(portal.getPage("/portal/reviews").body(), StandardCharsets.UTF_8)).contains("Graphene photonics");
    }
}
