package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.grantflow.review.ReviewService;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** A reviewer's password opens neither another reviewer's review form nor its completion, through engine REST. */
class OtherReviewersTaskTest extends CallScenario {

    @Autowired ReviewService reviewService;

    @Test
    void aReviewerCannotReadOrSubmitTheReviewOfAnotherReviewer() {
        String reviewer = reviewer("JP", "graphene", "photonics");
        String other = reviewer("DE", "photonics", "quantum");
        String application = applicationUnderReview(List.of(reviewer, other));
        Task othersTask = reviewTaskOf(other, application);
        EngineRest rest = EngineRest.as(http, reviewer);

        ResponseEntity<String> read = rest.get("/task/" + othersTask.getId() + "/form-variables");
        ResponseEntity<String> submitted = rest.post("/task/" + othersTask.getId() + "/submit-form", """
                {"variables":{"response":{"value":"accept"},"score1":{"value":1},"score2":{"value":1},"score3":{"value":1},
                 "commentForApplicant":{"value":"Weak."}}}""");

        assertThat(read.getStatusCode().value()).isIn(403, 404);
        assertThat(submitted.getStatusCode().value()).isIn(403, 404);
        assertThat(submitted.getBody()).doesNotContain("ENGINE-");
        assertThat(reviewService.reviewsOf(application)).isEmpty();
        assertThat(reviewTaskOf(other, application)).isNotNull();
    }
}
