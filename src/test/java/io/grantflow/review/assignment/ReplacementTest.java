package io.grantflow.review.assignment;

import static io.grantflow.review.assignment.Calls.application;
import static io.grantflow.review.assignment.Calls.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplacementTest {

    private static Affinity affinity(String application, String reviewer, double value) {
        return new Affinity(application, reviewer, value, value, 0, 0, false, List.of(), List.of());
    }

    private final List<Submission> applications = List.of(application("A1", "U"), application("A2", "U"));
    private final List<Reviewer> reviewers = List.of(reviewer("R1", "V1", "FR", 2), reviewer("R2", "V2", "FR", 1),
            reviewer("R3", "V3", "FR", 1), reviewer("R4", "V4", "FR", 1));

    private AffinityMatrix matrix() {
        Map<String, List<Affinity>> byApplication = new HashMap<>();
        byApplication.put("A1", List.of(affinity("A1", "R1", 0.9), affinity("A1", "R2", 0.8),
                affinity("A1", "R3", 0.7), affinity("A1", "R4", 0.1)));
        byApplication.put("A2", List.of(affinity("A2", "R1", 0.9), affinity("A2", "R2", 0.2),
                affinity("A2", "R3", 0.6), affinity("A2", "R4", 0.5)));
        return new AffinityMatrix(byApplication);
    }

    @Test
    void theBestFreeReviewerTakesTheDeclinedSeatAndNobodyElseMoves() {
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers).reviewersPerApplication(2).build();
        AssignmentResult.Assigned assigned = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(problem, matrix());
        assertThat(assigned.reviewersOf("A1")).extracting(Affinity::reviewerId).containsExactlyInAnyOrder("R1", "R2");
        assertThat(assigned.reviewersOf("A2")).extracting(Affinity::reviewerId).containsExactlyInAnyOrder("R1", "R3");

        Replacement replacement = ReviewerAssignment.optimal().replace(problem, matrix(), assigned, new Pair("A1", "R2"));

        // R3 (0.7) is full with A2; R4 is the only free reviewer left.
        assertThat(replacement.replacement()).map(Affinity::reviewerId).contains("R4");
        assertThat(replacement.assignment().reviewersOf("A2")).extracting(Affinity::reviewerId)
                .containsExactlyInAnyOrder("R1", "R3");
        assertThat(replacement.explanation().get(0)).startsWith("R4 replaces R2 on A1");
    }

    @Test
    void explainsWhenNobodyIsFreeAndWhomToAskForMoreLoad() {
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers).reviewersPerApplication(2)
                .conflicts(java.util.Set.of(new Pair("A1", "R4"))).build();
        AssignmentResult.Assigned assigned = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(problem, matrix());

        Replacement replacement = ReviewerAssignment.optimal().replace(problem, matrix(), assigned,
                assigned.reviewersOf("A1").stream().filter(a -> !a.reviewerId().equals("R1")).findFirst()
                        .orElseThrow().pair());

        assertThat(replacement.found()).isFalse();
        assertThat(replacement.explanation().get(0)).startsWith("Nobody can replace").contains("1 in conflict");
        assertThat(replacement.explanation().get(1)).startsWith("Raise the maximum load of");
        assertThat(replacement.assignment().pairs()).hasSize(3);
    }
}
