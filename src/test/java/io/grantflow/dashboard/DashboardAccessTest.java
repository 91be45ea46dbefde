package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Only programme managers read the dashboard and the committee's exports, in the API and in the portal. */
class DashboardAccessTest extends IntegrationTest {

    @Test
    void applicantsAndReviewersAreRefusedAndAnonymousMustAuthenticate() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        String manager = manager();
        List<String> apiPaths = List.of("/api/dashboard", "/api/calls/" + call.id() + "/dashboard",
                "/api/calls/" + call.id() + "/dashboard/applications?stage=submitted",
                "/api/calls/" + call.id() + "/exports/ranking.csv", "/api/calls/" + call.id() + "/exports/ranking.xlsx",
                "/api/calls/" + call.id() + "/exports/decisions.csv");
        for (String path : apiPaths) {
            assertThat(get(path, null, String.class).getStatusCode()).as("anonymous " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(get(path, applicant, String.class).getStatusCode()).as("applicant " + path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(path, reviewer, String.class).getStatusCode()).as("reviewer " + path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(path, manager, byte[].class).getStatusCode()).as("manager " + path).isEqualTo(HttpStatus.OK);
        }

        List<String> portalPaths = List.of("/portal/dashboard", "/portal/dashboard/calls/" + call.id(),
                "/portal/dashboard/calls/" + call.id() + "/applications?stage=eligible",
                "/portal/dashboard/calls/" + call.id() + "/ranking.csv", "/portal/dashboard/calls/" + call.id() + "/ranking.xlsx",
                "/portal/dashboard/calls/" + call.id() + "/decisions.csv");
        PortalSession anonymous = PortalSession.anonymous(port);
        PortalSession asApplicant = PortalSession.loggedIn(port, applicant);
        PortalSession asReviewer = PortalSession.loggedIn(port, reviewer);
        PortalSession asManager = PortalSession.loggedIn(port, manager);
        for (String path : portalPaths) {
            var answer = anonymous.get(path);
            assertThat(answer.statusCode()).as("anonymous " + path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as("anonymous " + path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(asApplicant.get(path).statusCode()).as("applicant " + path).isEqualTo(403);
            assertThat(asReviewer.get(path).statusCode()).as("reviewer " + path).isEqualTo(403);
            assertThat(asManager.get(path).statusCode()).as("manager " + path).isEqualTo(200);
        }
        assertThat(asManager.get("/portal/dashboard").body()).contains(call.title());
        assertThat(asApplicant.get("/portal/applications").body()).doesNotContain("/portal/dashboard");
        assertThat(asManager.get("/portal/applications").body()).contains("/portal/dashboard");
    }
}
