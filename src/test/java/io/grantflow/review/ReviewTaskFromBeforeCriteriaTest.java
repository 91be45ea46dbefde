package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review task opened before criteria were per call still has the form of its deployment, whose scores are named
 * scoreQuality, scoreFeasibility and scoreCollaboration: its reviewer completes it and the scores count.
 */
class ReviewTaskFromBeforeCriteriaTest extends CallScenario {

    @Autowired ReviewService reviewService;

    @Test
    void aReviewerCompletesATaskOpenedBeforeWithTheScoresOfItsForm() {
        String reviewer = reviewer("JP", "graphene", "photonics");
        String app = applicationUnderReview(List.of(reviewer, reviewer("DE", "photonics", "quantum")));
        Task task = accept(reviewTaskOf(reviewer, app));
        // Such a task was given no criteria when it was created.
        tasks.removeVariableLocal(task.getId(), "criteriaCount");

        asUser(task.getAssignee(), () -> tasks.complete(task.getId(), Map.of(
                "scoreQuality", 5L, "scoreFeasibility", 3L, "scoreCollaboration", 4L, "commentForApplicant", "Clear.")));

        assertThat(reviewService.reviewsOf(app)).extracting(Review::scores)
                .containsExactly(Map.of("quality", 5, "feasibility", 3, "collaboration", 4));
    }
}
