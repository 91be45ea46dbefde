package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A name an applicant excluded that surely names a panel reviewer keeps him or her off; one that only possibly
 * does is shown to the managers, and nobody is invited on it before a manager answers.
 */
class DoubtfulExclusionTest extends CallScenario {

    /** An application excluding "W. Chen" and "Prof. Anna Schmidt", and a panel with Wei Chen (the best match), Anna Schmidt and two others. */
    private record Excluding(String manager, String applicant, Call call, String app, String chen, String schmidt, List<String> others) {
    }

    private Excluding excluding() {
        String manager = manager();
        String chen = reviewerNamed("Wei", "Chen", "JP", "graphene", "photonics", "quantum");
        String schmidt = reviewerNamed("Schmidt", "Anna", "DE", "graphene", "photonics", "quantum");
        List<String> others = List.of(reviewer("US", "photonics"), reviewer("BR", "photonics"));
        Call call = callWithPanel(List.of(chen, schmidt, others.get(0), others.get(1)), Map.of(), "50000");
        String applicant = applicant("en");
        Map<String, Object> application = eligibleApplication();
        application.put("excludedReviewers", List.of("W. Chen", "Prof. Anna Schmidt"));
        String app = (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");
        return new Excluding(manager, applicant, call, app, chen, schmidt, others);
    }

    @Test
    void theManagersSeeTheDoubtfulMatchAndNobodyIsInvitedOnItBeforeTheyAnswerDifferentPerson() {
        Excluding s = excluding();

        List<Map<String, Object>> listed = matches(s);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("excludedName", "W. Chen").containsEntry("reviewerName", "Wei Chen")
                .containsEntry("reviewerId", s.chen()).containsEntry("applicationId", s.app()).doesNotContainKey("samePerson");
        String matchId = (String) listed.get(0).get("id");

        closeCall(s.call());
        assertThat(reviewersOf(s.app())).containsExactlyInAnyOrderElementsOf(s.others());
        decline(reviewTaskOf(s.others().get(0), s.app()));
        runDueJobs();
        assertThat(reviewTaskOf(s.chen(), s.app())).as("held out while the match is open").isNull();
        assertThat(mailsTo(s.chen())).isEmpty();

        ResponseEntity<Map> answered = answer(s, s.manager(), matchId, "DIFFERENT_PERSON");

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody()).containsEntry("samePerson", false);
        assertThat(reviewTaskOf(s.chen(), s.app())).as("invited at once once he is another person").isNotNull();
        runDueJobs();
        assertThat(mailSubjectsTo(s.chen())).containsExactly("Invitation to review \"Graphene photonics for quantum links\"");
        assertThat(answer(s, s.manager(), matchId, "SAME_PERSON").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void sameAnswerKeepsTheReviewerOffAndBadRequestsAreRefused() {
        Excluding s = excluding();
        String matchId = (String) matches(s).get(0).get("id");

        String path = "/api/calls/" + s.call().id() + "/doubtful-exclusions";
        assertThat(get(path, s.others().get(0), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(path, s.applicant(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer(s, s.others().get(0), matchId, "DIFFERENT_PERSON").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer(s, s.applicant(), matchId, "DIFFERENT_PERSON").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer(s, s.manager(), "no-such-match", "SAME_PERSON").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/calls/no-such-call/doubtful-exclusions", s.manager(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> bad = answer(s, s.manager(), matchId, "MAYBE");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().toString()).contains("answer");

        assertThat(answer(s, s.manager(), matchId, "SAME_PERSON").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer(s, s.manager(), matchId, "DIFFERENT_PERSON").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        closeCall(s.call());

        assertThat(matches(s).get(0)).containsEntry("samePerson", true);
        assertThat(reviewersOf(s.app())).doesNotContain(s.chen(), s.schmidt()).hasSize(2);
    }

    /** The call's doubtful matches as its manager reads them. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> matches(Excluding s) {
        ResponseEntity<List> listed = get("/api/calls/" + s.call().id() + "/doubtful-exclusions", s.manager(), List.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        return listed.getBody();
    }

    @Test
    void theCallsDashboardPageListsTheMatchesInTheManagersLanguageAndTakesTheAnswer() {
        Excluding s = excluding();
        String page = "/portal/dashboard/calls/" + s.call().id();
        PortalSession manager = PortalSession.logIn(port, s.manager());

        String english = new String(manager.getPage(page).body(), StandardCharsets.UTF_8);
        assertThat(english).contains("Excluded names to confirm", "W. Chen", "Wei Chen", "Awaiting an answer", "Different person");
        var answered = manager.postForm(page, page + "/doubtful-exclusions/" + matches(s).get(0).get("id"), Map.of("answer", "DIFFERENT_PERSON"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(matches(s).get(0)).containsEntry("samePerson", false);
        String frenchManager = user("manager", "fr", Groups.MANAGERS);
        String french = new String(PortalSession.logIn(port, frenchManager).getPage(page).body(), StandardCharsets.UTF_8);
        assertThat(french).contains("Noms exclus à confirmer", "W. Chen", "Wei Chen", "Personne différente");
    }

    private ResponseEntity<Map> answer(Excluding s, String userId, String matchId, String answer) {
        return sendJson(HttpMethod.POST, "/api/calls/" + s.call().id() + "/doubtful-exclusions/" + matchId, userId,
                json(Map.of("answer", answer)), Map.class);
    }

    private List<String> reviewersOf(String applicationId) {
        return assignments.assignmentsOf(applicationId).stream().map(ReviewAssignment::reviewerId).toList();
    }
}
