package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A call that caps each pair's chance draws its assignment at random: the preview says so, in the manager's
 * language, shows the same draw each time it is read, and the release invites exactly the pairs it showed.
 */
class RandomisedAssignmentPageTest extends CallScenario {

    private static final Pattern REVIEWER = Pattern.compile("<tr data-reviewer=\"([^\"]+)\"");

    @Test
    void thePreviewShowsOneFixedDrawAndTheReleaseInvitesIt() {
        List<String> panel = new ArrayList<>();
        for (String country : List.of("JP", "DE", "BR", "IT", "US", "CA")) {
            panel.add(reviewer(country, "graphene", "photonics", "quantum"));
        }
        Call call = callWithPanel(panel, Map.of("releaseAssignmentByHand", true, "pairChanceCapPercent", 40), "50000");
        String first = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String second = submitEligible(call, applicant("fr"), "Quantum graphene", List.of("quantum", "graphene", "photonics"), 8000);
        ProcessInstance callProcess = closeCall(call);
        assertThat(callProcess).isWaitingAt("Task_ReleaseAssignment");

        PortalSession manager = PortalSession.logIn(port, manager());
        String page = "/portal/dashboard/calls/" + call.id() + "/assignment";
        String shown = text(manager.getPage(page));
        assertThat(shown).contains("drawn at random", "more than a 40% chance");
        List<String> shownPairs = reviewers(shown);
        assertThat(reviewers(text(manager.getPage(page)))).as("read again").isEqualTo(shownPairs);
        assertThat(shownPairs).hasSize(4);

        assertThat(manager.postForm(page, page + "/release", Map.of()).statusCode()).isEqualTo(302);
        runDueJobs();
        List<String> invited = new ArrayList<>();
        for (String app : List.of(first, second)) {
            invited.addAll(assignments.assignmentsOf(app).stream().map(ReviewAssignment::reviewerId).toList());
        }
        assertThat(invited).containsExactlyInAnyOrderElementsOf(shownPairs);

        PortalSession french = PortalSession.logIn(port, user("manager", "fr", io.grantflow.identity.Groups.MANAGERS));
        Call other = callWithPanel(panel, Map.of("releaseAssignmentByHand", true, "pairChanceCapPercent", 50), "50000");
        assertThat(text(french.getPage("/portal/dashboard/calls/" + other.id() + "/assignment")))
                .contains("tirée au sort", "plus de 50 % de chances");
    }

    private static List<String> reviewers(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = REVIEWER.matcher(page.substring(0, page.contains("id=\"loads\"") ? page.indexOf("id=\"loads\"") : page.length()));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
