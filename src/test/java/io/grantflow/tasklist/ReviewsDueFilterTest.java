package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Managers find the reviews whose deadline is near in the Tasklist filter "Reviews due within a week", whoever
 * reviews them; reviewers do not have the filter.
 */
class ReviewsDueFilterTest extends CallScenario {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aManagerSeesTheReviewsDueWithinAWeekAndAReviewerDoesNotSeeTheFilter() throws Exception {
        String reviewer = reviewer("JP", "graphene", "photonics");
        String application = applicationUnderReview(List.of(reviewer, reviewer("DE", "photonics", "quantum")));
        Task review = reviewTaskOf(reviewer, application);
        assertThat(review.getDueDate()).isNotNull();
        EngineRest manager = EngineRest.as(http, manager());

        String filterId = filterId(manager);
        assertThat(taskIds(manager, filterId)).doesNotContain(review.getId());

        // six days before the deadline, both reviews of the application are listed
        moveClockTo(review.getDueDate().toInstant().minus(Duration.ofDays(6)));
        assertThat(taskIds(manager, filterId)).contains(review.getId()).hasSizeGreaterThanOrEqualTo(2);

        ResponseEntity<String> asReviewer = EngineRest.as(http, reviewer).get("/filter?name=Reviews due within a week");
        assertThat(json(asReviewer)).isEmpty();
    }

    private String filterId(EngineRest user) throws Exception {
        JsonNode filters = json(user.get("/filter?name=Reviews due within a week"));
        assertThat(filters).hasSize(1);
        return filters.get(0).path("id").asText();
    }

    private List<String> taskIds(EngineRest user, String filterId) throws Exception {
        ResponseEntity<String> tasks = user.get("/filter/" + filterId + "/list?maxResults=200");
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        json(tasks).forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return new ObjectMapper().readTree(response.getBody());
    }
}
