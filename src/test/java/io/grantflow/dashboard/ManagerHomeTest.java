package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** A programme manager lands on what waits for him or her, in his or her language; an applicant on the applications. */
class ManagerHomeTest extends IntegrationTest {

    @Test
    void aManagerLandsOnTheDashboardWithWhatWaitsAndAnApplicantOnTheApplications() {
        String manager = manager();
        String frenchManager = user("manager", "fr", Groups.MANAGERS);
        String applicant = applicant("en");
        assertThat(landing(manager)).endsWith("/portal/dashboard");
        assertThat(landing(applicant)).endsWith("/portal/applications");

        // An ineligible application gives the managers a task to confirm or override it.
        Call call = openFirstStepCall();
        Map<String, Object> ineligible = eligibleApplication();
        ineligible.put("unitCode", "NOTOURS1");
        assertThat(submit(call.id(), applicant, ineligible, pdf(), null).getStatusCode().value()).isEqualTo(201);
        long team = engine.getTaskService().createTaskQuery().taskCandidateGroup(Groups.MANAGERS).taskUnassigned().count();
        assertThat(team).isPositive();

        String page = page(manager);
        assertThat(page).contains("Waiting for you", "Tasks in Tasklist: 0 assigned to you, " + team + " for the managers",
                "href=\"/camunda/app/tasklist/default/\"");
        assertThat(page(frenchManager)).contains("Ce qui vous attend",
                "Tâches dans Tasklist : 0 qui vous sont attribuées, " + team + " pour les gestionnaires");
    }

    private String landing(String userId) {
        return PortalSession.anonymous(port).logInAttempt(userId, userId).headers().firstValue("Location").orElse("");
    }

    private String page(String userId) {
        return new String(PortalSession.logIn(port, userId).getPage("/portal/dashboard").body(), StandardCharsets.UTF_8);
    }
}
