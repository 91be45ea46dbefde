package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of review-round.bpmn, within a First Step call. */
class ReviewRoundProcessTest extends CallScenario {

    @Autowired ApplicationService applications;
    @Autowired ReviewService reviewService;

    @Test
    void bothReviewersAcceptAndScoreThenTheRoundCloses() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "quantum", "photonics"), reviewer("US", "botany"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);

        ProcessInstance callProcess = closeCall(call);

        List<Task> reviewTasks = reviewTasksOf(app);
        assertThat(reviewTasks).extracting(Task::getAssignee).containsExactlyInAnyOrder(panel.get(0), panel.get(1));
        assertThat(reviewTasks).allSatisfy(t -> assertThat(t.getName()).isEqualTo("Declare conflicts: Graphene photonics"));
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("review-round").processInstanceBusinessKey(app).singleResult();
        assertThat(mailSubjectsTo(panel.get(0))).containsExactly("Invitation to review \"Graphene photonics\"");

        review(reviewTasks.get(0), 5, 4, 4, "Strong idea.");
        review(reviewTasks.get(1), 3, 3, 4, "Feasible.");

        assertThat(round).isEnded().hasPassed("End_Reviewed", "Task_FinishRound", "End_RoundDone").hasNotPassed("Task_ReplaceReviewer");
        assertThat(applications.get(app).status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(reviewService.reviewsOf(app)).extracting(review -> review.score("quality")).containsExactlyInAnyOrder(5, 3);
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
    }

    @Test
    void aDeclineIsReplacedAtOnceWithoutMovingTheOtherReviewer() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics"), reviewer("US", "graphene"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<Task> before = reviewTasksOf(app);
        Task declined = before.get(0);
        Task kept = before.get(1);

        decline(declined);
        runDueJobs();

        List<Task> after = reviewTasksOf(app);
        assertThat(after).hasSize(2);
        assertThat(after).extracting(Task::getId).contains(kept.getId());
        String replacement = after.stream().filter(t -> !t.getId().equals(kept.getId())).findFirst().orElseThrow().getAssignee();
        assertThat(replacement).isNotIn(declined.getAssignee(), kept.getAssignee());
        assertThat(assignments.assignmentsOf(app)).extracting(ReviewAssignment::reviewerId, ReviewAssignment::status)
                .contains(tuple(declined.getAssignee(), AssignmentStatus.DECLINED));
        assertThat(mailSubjectsTo(replacement)).contains("Invitation to review \"Graphene photonics\"");
    }

    @Test
    void aDeclaredConflictIsRecordedAndThatReviewerIsNeverOfferedTheApplicationAgain() {
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"), reviewer("US", "photonics"), reviewer("BR", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        Task first = reviewTasksOf(app).get(0);
        String conflicted = first.getAssignee();

        List<String> original = reviewTasksOf(app).stream().map(Task::getAssignee).toList();

        declareConflict(first, "We published together in 2025");
        Task replacement = reviewTasksOf(app).stream().filter(t -> !original.contains(t.getAssignee())).findFirst().orElseThrow();
        decline(replacement);

        assertThat(count("SELECT COUNT(*) FROM reviewer_conflict WHERE reviewer_id = ? AND application_id = ?", conflicted, app)).isEqualTo(1);
        assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).doesNotContain(conflicted);
        assertThat(assignments.assignmentsOf(app)).filteredOn(a -> a.reviewerId().equals(conflicted))
                .extracting(ReviewAssignment::status).containsExactly(AssignmentStatus.CONFLICT);
    }

    @Test
    void aReminderGoesOutBeforeTheDeadlineAndTheTaskStays() {
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of("reviewDays", 10, "reviewReminderDaysBefore", 3), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        Task task = reviewTaskOf(panel.get(0), app);

        moveClockTo(call.closesAt().plus(Duration.ofDays(8)));
        runDueJobs();

        assertThat(mailSubjectsTo(panel.get(0))).anyMatch(s -> s.startsWith("Reminder: your review of \"Photonics\" is due on"));
        assertThat(reviewTaskOf(panel.get(0), app).getId()).isEqualTo(task.getId());
    }

    @Test
    void aMissedDeadlineInvitesAnAlternateAndTellsTheManagers() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"), reviewer("US", "photonics"));
        Call call = callWithPanel(panel, Map.of("reviewDays", 10, "alternateReviewDays", 5), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<String> first = reviewTasksOf(app).stream().map(Task::getAssignee).toList();
        String alternate = panel.stream().filter(r -> !first.contains(r)).findFirst().orElseThrow();
        Task submitted = reviewTaskOf(first.get(0), app);
        review(submitted, 4, 4, 4, "Good.");

        moveClockTo(call.closesAt().plus(Duration.ofDays(11)));
        runDueJobs();

        assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).containsExactly(alternate);
        assertThat(mailSubjectsTo(alternate)).contains("Urgent: invitation to review \"Photonics\"");
        assertThat(mailSubjectsTo(manager)).contains("Review late: \"Photonics\"");
        assertThat(assignments.assignmentsOf(app)).filteredOn(a -> a.reviewerId().equals(first.get(1)))
                .extracting(ReviewAssignment::status).containsExactly(AssignmentStatus.LATE);
        Instant due = reviewTasksOf(app).get(0).getDueDate().toInstant();
        assertThat(due).isEqualTo(call.closesAt().plus(Duration.ofDays(16)));
    }

    @Test
    void whenNobodyIsLeftTheManagersAreToldAndTheRoundWaitsUntilTheDeadlineThenEndsWithFewerReviews() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of("reviewDays", 10), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<Task> both = reviewTasksOf(app);

        decline(both.get(0));
        review(both.get(1), 4, 4, 4, "Fine.");
        runDueJobs();

        assertThat(mailSubjectsTo(manager)).contains("No reviewer left for \"Photonics\"");
        assertThat(applications.get(app).status()).isNotEqualTo(ApplicationStatus.REVIEWED);

        moveClockTo(call.closesAt().plus(Duration.ofDays(11)));
        runDueJobs();

        assertThat(applications.get(app).status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(reviewService.reviewsOf(app)).hasSize(1);
    }

    @Test
    void scoresOutsideOneToFiveAreRefusedAndNothingIsStored() {
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        Task task = accept(reviewTaskOf(panel.get(0), app));

        assertThatThrownBy(() -> review(task, 7, 4, 4, "Too generous")).hasMessageContaining("score1").hasMessageContaining("Scientific quality");

        assertThat(reviewTaskOf(panel.get(0), app).getId()).isEqualTo(task.getId());
        assertThat(reviewService.reviewsOf(app)).isEmpty();
    }
}
