package io.grantflow.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FairnessTest {

    @Test
    void onAMidlShapedCallTheFairModeLiftsTheWeakestApplicationAndKeepsTheTotalWithinATenthOfAPercent() {
        GeneratedCall call = GeneratedCall.generate(
                new GeneratedCall.Shape(118, 177, 3, 4, 0, 0.05, 1, true, 50), 42);
        AffinityMatrix matrix = call.affinities(50);

        AssignmentResult.Assigned optimal = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(call.problem, matrix);
        AssignmentProblem fairProblem = call.problem.withMode(AssignmentProblem.Mode.FAIR);
        AssignmentResult.Assigned fair = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(fairProblem, matrix);

        assertThat(AssignmentRules.violations(fairProblem, fair)).isEmpty();
        assertThat(fair.lowestApplicationAffinity()).isGreaterThan(optimal.lowestApplicationAffinity());
        assertThat(fair.totalAffinity()).isGreaterThanOrEqualTo(optimal.totalAffinity() * 0.999);
        assertThat(fair.notes()).anyMatch(n -> n.startsWith("Lowest application raised from"));
    }
}
