package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A round that found nobody to replace a reviewer waits; a reviewer a manager adds to the panel is invited at once. */
class LatePanelMemberTest extends CallScenario {

    @Autowired ApplicationService applications;

    /** A call of two reviewers where one declined: nobody is left, the round waits. */
    private record ShortRound(String manager, Call call, List<String> panel, String app, Task remaining, ProcessInstance round) {
    }

    private ShortRound shortOfAReviewer() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<Task> both = reviewTasksOf(app);
        decline(both.get(0));
        runDueJobs();
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("review-round").processInstanceBusinessKey(app).singleResult();
        return new ShortRound(manager, call, panel, app, both.get(1), round);
    }

    @Test
    void aReviewerAddedToThePanelIsInvitedAtOnceAndTheRoundCompletes() {
        ShortRound s = shortOfAReviewer();
        assertThat(s.round()).isWaitingAt("Gateway_WaitForReviewer");

        String late = reviewer("US", "photonics");
        assertThat(setPanel(s, late).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task invited = reviewTaskOf(late, s.app());
        assertThat(invited).isNotNull();
        runDueJobs();
        assertThat(mailSubjectsTo(late)).containsExactly("Invitation to review \"Photonics\"");
        review(invited, 4, 4, 4, "Late but sound.");
        review(s.remaining(), 3, 4, 4, "Fine.");
        assertThat(s.round()).isEnded().hasPassed("Task_InviteFromPanel", "Task_FinishRound");
        assertThat(applications.get(s.app()).status()).isEqualTo(ApplicationStatus.REVIEWED);
    }

    @Test
    void aNewMemberInConflictIsNotInvitedAndTheRoundKeepsWaiting() {
        ShortRound s = shortOfAReviewer();
        String partner = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(partner, "University of Tokyo", "JP", List.of("photonics"), "photonics", 4));

        setPanel(s, partner);

        assertThat(reviewTaskOf(partner, s.app())).isNull();
        assertThat(s.round()).isWaitingAt("Gateway_WaitForReviewer");
    }

    @Test
    void aNewMemberIsInvitedOnlyAsFarAsHisOrHerLoadAllows() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        List<String> apps = List.of(
                submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000),
                submitEligible(call, applicant("en"), "Photonics again", List.of("graphene", "photonics", "quantum"), 9000));
        closeCall(call);
        apps.forEach(app -> decline(reviewTaskOf(panel.get(0), app)));
        runDueJobs();

        String late = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(late, "Institute " + late, "US", List.of("photonics"), "photonics", 1));
        setPanel(new ShortRound(manager, call, panel, apps.get(0), null, null), late);

        assertThat(apps.stream().filter(app -> reviewTaskOf(late, app) != null)).hasSize(1);
    }

    /** The panel as it was, plus one reviewer, through the managers' API. */
    private ResponseEntity<String> setPanel(ShortRound s, String added) {
        List<String> panel = List.of(s.panel().get(0), s.panel().get(1), added);
        return sendJson(HttpMethod.PUT, "/api/calls/" + s.call().id() + "/panel", s.manager(), json(panel), String.class);
    }
}
