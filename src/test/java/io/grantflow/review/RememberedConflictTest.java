package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A conflict a reviewer declares with an applicant keeps him or her off that applicant's later applications, in any call, for three years. */
class RememberedConflictTest extends CallScenario {

    @Test
    void theSameApplicantsApplicationToAnotherCallSkipsTheReviewerUntilTheMemoryRunsOut() {
        String conflicted = reviewer("JP", "graphene", "photonics", "quantum");
        String second = reviewer("DE", "photonics");
        String third = reviewer("US", "photonics");
        String applicant = applicant("en");
        Call first = callWithPanel(List.of(conflicted, second, third), Map.of(), "50000");
        String firstApp = submitEligible(first, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(first);
        Task task = reviewTaskOf(conflicted, firstApp);
        assertThat(task).as("the best-matching reviewer is invited first").isNotNull();
        declareConflict(task, "My former doctoral student");

        Call next = callWithPanel(List.of(conflicted, second, third), Map.of(), "50000");
        String nextApp = submitEligible(next, applicant, "Graphene photonics, second try", List.of("graphene", "photonics", "quantum"), 9000);
        String otherApplicants = submitEligible(next, applicant("en"), "Graphene photonics elsewhere", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(next);

        assertThat(reviewersOf(nextApp)).containsExactlyInAnyOrder(second, third);
        assertThat(reviewersOf(otherApplicants)).contains(conflicted);

        // Three years and a day later: the declaration is moved back rather than the engine's clock forward, which
        // would fire every timer of the shared test context.
        jdbc.sql("UPDATE reviewer_conflict SET declared_at = ? WHERE reviewer_id = ?")
                .params(ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC).minus(Period.ofYears(3)).minusDays(1), conflicted).update();
        Call later = callWithPanel(List.of(conflicted, second), Map.of(), "50000");
        String laterApp = submitEligible(later, applicant, "Graphene photonics, third try", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(later);

        assertThat(reviewersOf(laterApp)).containsExactlyInAnyOrder(conflicted, second);
    }

    private List<String> reviewersOf(String applicationId) {
        return assignments.assignmentsOf(applicationId).stream().map(ReviewAssignment::reviewerId).toList();
    }
}
