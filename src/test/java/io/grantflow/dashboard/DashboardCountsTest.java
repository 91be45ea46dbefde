package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures match the states the applications of a call are in. */
class DashboardCountsTest extends CallScenario {

    @Autowired JdbcTemplate jdbcTemplate;

    @Test
    void theFunnelCountsEachApplicationInEveryStageItReached() {
        Call call = openFirstStepCall();
        SeededApplications seed = new SeededApplications(jdbcTemplate, call.id());
        BigDecimal budget = new BigDecimal("5000.00");
        seed.add(ApplicationStatus.SUBMITTED, 1, budget);
        seed.add(ApplicationStatus.INELIGIBLE, 2, budget);
        seed.add(ApplicationStatus.ELIGIBLE, 3, budget);
        List<String> underReview = seed.add(ApplicationStatus.UNDER_REVIEW, 4, budget);
        seed.add(ApplicationStatus.REVIEWED, 5, budget);
        seed.add(ApplicationStatus.FUNDED, 2, budget);
        seed.add(ApplicationStatus.NOT_FUNDED, 3, budget);
        List<String> inProgress = seed.add(ApplicationStatus.IN_PROGRESS, 1, budget);
        seed.add(ApplicationStatus.LAPSED, 1, budget);
        seed.add(ApplicationStatus.CLOSED, 1, budget);
        seed.message(underReview.get(0), "review-reminder", "SENT");
        seed.message(underReview.get(1), "review-reminder", "SENT");
        seed.message(underReview.get(2), "review-reminder", "HELD");
        seed.message(inProgress.get(0), "final-report-reminder", "SENT");
        seed.message(inProgress.get(0), "receipt", "SENT");
        Call other = openFirstStepCall();
        String elsewhere = new SeededApplications(jdbcTemplate, other.id()).add(ApplicationStatus.UNDER_REVIEW, 1, budget).get(0);
        new SeededApplications(jdbcTemplate, other.id()).message(elsewhere, "review-reminder", "SENT");

        ResponseEntity<Map> response = get("/api/calls/" + call.id() + "/dashboard", manager(), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(funnel(body)).containsExactly(
                Map.entry("SUBMITTED", 23), Map.entry("ELIGIBLE", 20), Map.entry("BLOCKED", 0), Map.entry("UNDER_REVIEW", 17),
                Map.entry("REVIEWED", 13), Map.entry("DECIDED", 8), Map.entry("FUNDED", 4));
        assertThat(new BigDecimal(body.get("requestedEur").toString())).isEqualByComparingTo("115000");
        assertThat(new BigDecimal(body.get("awardedEur").toString())).as("lapsed award excluded").isEqualByComparingTo("20000");
        assertThat(new BigDecimal(body.get("envelopeEur").toString())).isEqualByComparingTo("100000");
        assertThat((Map<String, Integer>) body.get("byStatus")).containsEntry("LAPSED", 1).containsEntry("INELIGIBLE", 2);
        assertThat((List<Map<String, Object>>) body.get("reminders")).contains(
                Map.of("template", "review-reminder", "sent", 2, "notSent", 1),
                Map.of("template", "final-report-reminder", "sent", 1, "notSent", 0));
        assertThat(body.get("reviewsOverdue")).isEqualTo(0);

        List<Map<String, Object>> all = get("/api/dashboard", manager(), List.class).getBody();
        Map<String, Object> fromAll = all.stream().filter(d -> d.get("callId").equals(call.id())).findFirst().orElseThrow();
        assertThat(fromAll).isEqualTo(body);
    }

    @Test
    void eachCountLeadsToTheApplicationsBehindIt() {
        Call call = openFirstStepCall();
        SeededApplications seed = new SeededApplications(jdbcTemplate, call.id());
        BigDecimal budget = new BigDecimal("7000");
        seed.add(ApplicationStatus.ELIGIBLE, 2, budget);
        List<String> notFunded = seed.add(ApplicationStatus.NOT_FUNDED, 2, budget);
        List<String> closed = seed.add(ApplicationStatus.CLOSED, 1, budget);
        String manager = manager();

        List<Map<String, Object>> decided = get("/api/calls/" + call.id() + "/dashboard/applications?stage=decided", manager, List.class).getBody();
        assertThat(decided).extracting(a -> a.get("id")).containsExactlyInAnyOrderElementsOf(
                List.of(notFunded.get(0), notFunded.get(1), closed.get(0)));
        List<Map<String, Object>> funded = get("/api/calls/" + call.id() + "/dashboard/applications?stage=funded", manager, List.class).getBody();
        assertThat(funded).extracting(a -> a.get("id")).containsExactly(closed.get(0));
        assertThat(get("/api/calls/" + call.id() + "/dashboard/applications?stage=submitted", manager, List.class).getBody()).hasSize(5);
        assertThat(get("/api/calls/" + call.id() + "/dashboard/applications?stage=nowhere", manager, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void reviewTasksPastTheirDueDateCountAsOverdue() {
        String first = reviewer("DE", "graphene", "photonics");
        String second = reviewer("JP", "graphene", "quantum");
        Call call = callWithPanel(List.of(first, second), Map.of(), "100000");
        String application = submitEligible(call, applicant("en"), "Graphene links", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<Task> open = reviewTasksOf(application);
        assertThat(open).hasSize(2);
        String manager = manager();
        assertThat(get("/api/calls/" + call.id() + "/dashboard", manager, Map.class).getBody().get("reviewsOverdue")).isEqualTo(0);

        review(open.get(0), 4, 4, 4, "Solid plan.");
        moveClockTo(reviewTasksOf(application).get(0).getDueDate().toInstant().plusSeconds(60));

        assertThat(get("/api/calls/" + call.id() + "/dashboard", manager, Map.class).getBody().get("reviewsOverdue"))
                .as("the submitted review is not overdue, the open one is").isEqualTo(1);
    }

    private static List<Map.Entry<String, Integer>> funnel(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("funnel")).stream()
                .map(s -> Map.entry((String) s.get("stage"), (Integer) s.get("count"))).toList();
    }
}
