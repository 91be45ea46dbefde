package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call set to be released by hand invites nobody at its closing: it waits until a manager, on the proposed
 * assignment's page, removes a pair and releases; then exactly the pairs the page showed are invited.
 */
class AssignmentReleaseTest extends CallScenario {

    @Autowired ReviewerService reviewers;

    @Test
    void nobodyIsInvitedBeforeTheReleaseAndTheReleaseInvitesWhatThePageShowed() {
        String tanaka = reviewer("JP", "graphene", "photonics");
        String weber = reviewer("DE", "photonics", "quantum");
        String silva = reviewer("BR", "graphene", "quantum");
        Call call = callWithPanel(List.of(tanaka, weber, silva), Map.of("releaseAssignmentByHand", true), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        PortalSession manager = PortalSession.logIn(port, manager());
        String page = "/portal/dashboard/calls/" + call.id() + "/assignment";
        assertThat(text(manager.getPage(page))).contains("id=\"release-later\"").doesNotContain("id=\"release-form\"");
        assertThat(manager.postForm(page, page + "/release", Map.of()).statusCode()).as("before the closing").isEqualTo(409);

        ProcessInstance callProcess = closeCall(call);
        assertThat(callProcess).isWaitingAt("Task_ReleaseAssignment");
        assertThat(assignments.assignmentsOf(app)).as("nobody invited before the release").isEmpty();
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ReleaseAssignment").processInstanceId(callProcess.getId())
                .singleResult().getName()).startsWith("Release the reviewer assignment: ");
        assertThat(manager.postForm(page, page + "/removed-pairs", Map.of("applicationId", app, "reviewerId", tanaka))
                .statusCode()).isEqualTo(302);
        String shown = text(manager.getPage(page));
        assertThat(shown).contains("id=\"release-form\"");

        HttpResponse<byte[]> released = manager.postForm(page, page + "/release", Map.of());
        assertThat(released.statusCode()).isEqualTo(302);
        runDueJobs();
        assertThat(callProcess).hasPassed("Task_ReleaseAssignment", "Task_AssignReviewers");
        List<String> invited = assignments.assignmentsOf(app).stream().map(ReviewAssignment::reviewerId).toList();
        assertThat(invited).hasSize(2).doesNotContain(tanaka).allMatch(id -> shown.contains("data-reviewer=\"" + id + "\""));
        assertThat(manager.postForm(page, page + "/release", Map.of()).statusCode()).as("a second click").isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'release'").param(call.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
