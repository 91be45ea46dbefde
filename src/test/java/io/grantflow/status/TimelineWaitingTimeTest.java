package io.grantflow.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.dashboard.PortalSession;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The timeline shows the review steps, names their reviewers to managers only, and gives an open step the
 * typical time still to wait: the median of the earlier finished instances of that step, minus the time spent.
 */
class TimelineWaitingTimeTest extends CallScenario {

    @Test
    void anOpenStepShowsTheMedianOfEarlierApplicationsMinusTheTimeAlreadySpent() {
        String r1 = reviewer("DE", "glaciers", "climate");
        String r2 = reviewer("JP", "glaciers", "hydrology");
        Call call = callWithPanel(List.of(r1, r2), Map.of(), "100000");
        String applicant = applicant("en");
        String application = submitEligible(call, applicant, "Glacier melt", List.of("glaciers", "climate", "hydrology"), 9000);
        closeCall(call);
        List<Task> open = reviewTasksOf(application);
        review(open.get(0), 4, 4, 4, "Sound.");
        Task waiting = reviewTasksOf(application).get(0);
        moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(3, ChronoUnit.HOURS));
        String manager = manager();

        List<Map<String, Object>> managerView = timeline(application, manager);
        List<Map<String, Object>> reviews = managerView.stream().filter(s -> s.get("step").equals("SubProcess_Reviewing")).toList();
        assertThat(reviews).hasSize(2);
        assertThat(reviews).extracting(s -> s.get("reviewer")).containsExactlyInAnyOrder(r1, r2);
        Map<String, Object> openStep = reviews.stream().filter(s -> s.get("endedAt") == null).findFirst().orElseThrow();
        assertThat(openStep.get("reviewer")).isEqualTo(waiting.getAssignee());
        Duration expected = expectedRemaining(Instant.parse((String) openStep.get("startedAt")));
        assertThat(Duration.parse((String) openStep.get("typicalRemaining"))).isCloseTo(expected, Duration.ofSeconds(2));
        assertThat(reviews.stream().filter(s -> s.get("endedAt") != null)).allMatch(s -> s.get("typicalRemaining") == null);

        List<Map<String, Object>> applicantView = timeline(application, applicant);
        assertThat(applicantView).extracting(s -> s.get("step")).containsExactlyElementsOf(managerView.stream().map(s -> s.get("step")).toList());
        assertThat(applicantView).allMatch(s -> !s.containsKey("reviewer"));
        assertThat(get("/api/applications/" + application, applicant, String.class).getBody()).doesNotContain(r1, r2);

        moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(400, ChronoUnit.DAYS));
        Map<String, Object> late = timeline(application, manager).stream()
                .filter(s -> s.get("step").equals("SubProcess_Reviewing") && s.get("endedAt") == null).findFirst().orElseThrow();
        assertThat(late.get("typicalRemaining")).as("waited longer than usual: nothing typical left").isEqualTo("PT0S");
    }

    @Test
    void thePortalPageShowsTheTimelineAndItsReviewersToManagersOnly() {
        String r1 = reviewer("DE", "volcanoes", "seismology");
        String r2 = reviewer("JP", "volcanoes", "geochemistry");
        Call call = callWithPanel(List.of(r1, r2), Map.of(), "100000");
        String applicant = applicant("en");
        String application = submitEligible(call, applicant, "Volcano listening", List.of("volcanoes", "seismology", "geochemistry"), 9000);
        closeCall(call);

        String asManager = PortalSession.loggedIn(port, manager()).get("/portal/applications/" + application).body();
        String asApplicant = PortalSession.loggedIn(port, applicant).get("/portal/applications/" + application).body();

        assertThat(asManager).contains("id=\"timeline\"", "reviewer: " + r1, "reviewer: " + r2).doesNotContain("id=\"plain-status\"");
        assertThat(asApplicant).contains("Reviews are under way: 0 of 2 received.").doesNotContain(r1, r2, "id=\"timeline\"");
    }

    /** The same rule computed here from the history API: median of finished, not cancelled reviews, minus the time spent. */
    private Duration expectedRemaining(Instant startedAt) {
        List<Long> durations = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("SubProcess_Reviewing").finished().list().stream()
                .filter(a -> !a.isCanceled())
                .map(HistoricActivityInstance::getDurationInMillis)
                .sorted().toList();
        int n = durations.size();
        double median = n % 2 == 1 ? durations.get(n / 2) : (durations.get(n / 2 - 1) + durations.get(n / 2)) / 2.0;
        Duration left = Duration.ofMillis(Math.round(median)).minus(Duration.between(startedAt, ClockUtil.getCurrentTime().toInstant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private List<Map<String, Object>> timeline(String application, String user) {
        return (List<Map<String, Object>>) get("/api/applications/" + application, user, Map.class).getBody().get("timeline");
    }
}
