package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.dashboard.CsvTable;
import io.grantflow.dashboard.XlsxTable;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The committee's ranking follows the call's own criteria: the weighted mean orders it, an application whose mean on
 * a criterion falls below the criterion's threshold is shown as not fundable and cannot be chosen, and the exports
 * have a column per criterion.
 */
class WeightedRankingTest extends CallScenario {

    @Test
    void theWeightedMeanOrdersTheRankingAndAnApplicationBelowAThresholdIsNotFundable() throws Exception {
        Call call = callWithCriteria(panel(), "20000", FOUR_CRITERIA);
        String science = submitEligible(call, applicant("en"), "Strong science", List.of("coral", "acoustics", "oceanography"), 9000);
        String partnership = submitEligible(call, applicant("en"), "Broad partnership", List.of("coral", "oceanography", "acoustics"), 8000);
        String risky = submitEligible(call, applicant("fr"), "Bold but risky", List.of("coral", "acoustics", "oceanography"), 7000);
        ProcessInstance callProcess = closeCall(call);
        // quality (weight 3), feasibility (1, threshold 2.5), partnership (1), training (0.5)
        reviewTasksOf(science).forEach(t -> review(t, "Sound.", 4, 3, 1, 0));          // weighted 16/5.5, plain mean 2
        reviewTasksOf(partnership).forEach(t -> review(t, "Broad.", 2, 4, 3, 2));      // weighted 14/5.5, plain mean 2.75
        List<Task> riskyTasks = reviewTasksOf(risky);
        review(riskyTasks.get(0), "Bold.", 4, 2, 3, 2);                                // feasibility mean 2 < 2.5
        review(riskyTasks.get(1), "Risky.", 4, 2, 3, 1);
        String manager = manager();

        List<Map<String, Object>> ranking = get("/api/calls/" + call.id() + "/ranking", manager, List.class).getBody();

        assertThat(ranking).extracting(r -> r.get("title")).containsExactly("Bold but risky", "Strong science", "Broad partnership");
        assertThat(ranking).extracting(r -> ((Number) r.get("mean")).doubleValue()).containsExactly(3.23, 2.91, 2.55);
        assertThat(ranking).extracting(r -> r.get("fundable")).containsExactly(false, true, true);
        assertThat(ranking).extracting(r -> r.get("proposedForFunding")).containsExactly(false, true, true);
        Map<String, Object> feasibility = criteria(ranking.get(0)).get(1);
        assertThat(feasibility).containsEntry("id", "feasibility").containsEntry("belowThreshold", true);
        assertThat(((Number) feasibility.get("mean")).doubleValue()).isEqualTo(2.0);
        assertThat(criteria(ranking.get(1))).extracting(c -> ((Number) c.get("mean")).doubleValue()).containsExactly(4.0, 3.0, 1.0, 0.0);

        // The committee's checklist leaves it out, and choosing it anyway is refused by name.
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        assertThat(engine.getRuntimeService().getVariable(callProcess.getId(), "rankingOptions").toString())
                .contains(science, partnership).doesNotContain(risky);
        assertThatThrownBy(() -> asUser(manager, () -> tasks.complete(committee.getId(),
                Map.of("fundedApplicationIds", List.of(risky, science)))))
                .hasMessageContaining("\"Bold but risky\" cannot be funded: its mean on Feasibility, 2, is below the threshold of 2.5");
        assertThat(tasks.createTaskQuery().taskId(committee.getId()).count()).isEqualTo(1);

        List<String> headers = List.of("rank", "application_id", "title", "requested_eur", "reviews",
                "mean_quality", "mean_feasibility", "mean_partnership", "mean_training", "weighted_mean", "calibrated_mean",
                "proposed_for_funding", "fundable", "review", "quality", "feasibility", "partnership", "training",
                "comment_for_applicant", "comment_for_committee", "consensus_report", "applicant_reply");
        List<List<String>> csv = CsvTable.parse(get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, byte[].class).getBody());
        List<List<String>> xlsx = XlsxTable.parse(get("/api/calls/" + call.id() + "/exports/ranking.xlsx", manager, byte[].class).getBody());
        assertThat(csv.get(0)).isEqualTo(headers);
        assertThat(xlsx.get(0)).isEqualTo(headers);
        assertThat(csv).hasSize(7);
        // column 10 is the calibrated mean, which CommitteeExportsTest and ReviewerCalibrationTest check
        assertThat(csv.get(1).subList(2, 10)).containsExactly("Bold but risky", "7000.00", "2", "4.0", "2.0", "3.0", "1.5", "3.23");
        assertThat(csv.get(1).subList(11, 13)).containsExactly("false", "false");
        assertThat(csv.get(1).subList(14, 18)).containsExactly("4", "2", "3", "2");
        assertThat(csv.get(3).subList(2, 10)).containsExactly("Strong science", "9000.00", "2", "4.0", "3.0", "1.0", "0.0", "2.91");
        assertThat(csv.get(3).subList(11, 13)).containsExactly("true", "true");
        assertThat(xlsx.get(3).get(9)).isEqualTo("2.91");
        assertThat(xlsx.get(3).subList(11, 13)).containsExactly("true", "true");
        assertThat(xlsx.get(1).subList(14, 18)).containsExactly("4.0", "2.0", "3.0", "2.0");
    }

    @Test
    void aCallWithoutCriteriaGivenIsRankedOnItsProgrammesThree() {
        Call call = callWithPanel(panel(), Map.of(), "20000");
        String app = submitEligible(call, applicant("en"), "Reef sounds", List.of("coral", "acoustics", "oceanography"), 9000);
        closeCall(call);
        List<Task> reviews = reviewTasksOf(app);
        review(reviews.get(0), 5, 4, 3, "Good.");
        review(reviews.get(1), 3, 4, 2, "Fair.");

        List<Map<String, Object>> ranking = get("/api/calls/" + call.id() + "/ranking", manager(), List.class).getBody();

        assertThat(criteria(ranking.get(0))).extracting(c -> c.get("id")).containsExactly("quality", "feasibility", "collaboration");
        assertThat(criteria(ranking.get(0))).extracting(c -> ((Number) c.get("mean")).doubleValue()).containsExactly(4.0, 4.0, 2.5);
        assertThat(((Number) ranking.get(0).get("mean")).doubleValue()).isEqualTo(3.5);
        assertThat(ranking.get(0)).containsEntry("fundable", true);
    }

    /** Two reviewers who both fit every application of these tests: each is reviewed by both. */
    private List<String> panel() {
        return List.of(reviewer("JP", "coral", "acoustics"), reviewer("DE", "coral", "oceanography"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> criteria(Map<String, Object> ranked) {
        return (List<Map<String, Object>>) ranked.get("criteria");
    }
}
