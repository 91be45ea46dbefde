package io.grantflow.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The randomised assignment keeps each pair's chance at or below the cap: over many draws no reviewer is on any
 * application more often than the cap allows (with room for sampling noise), every draw keeps every rule, and the
 * same seed draws the same assignment.
 */
class RandomisedAssignmentTest {

    private static final int DRAWS = 400;

    @Test
    void overManyDrawsNoPairIsChosenMoreOftenThanTheCapAndEveryDrawKeepsTheRules() {
        GeneratedCall call = GeneratedCall.generate(new GeneratedCall.Shape(30, 48, 3, 4, 0, 0.05, 1, true, 48), 7);
        AffinityMatrix matrix = call.affinities(48);
        double cap = 0.4;
        Map<Pair, Integer> chosen = new HashMap<>();
        Set<Set<Pair>> distinct = new HashSet<>();
        for (long seed = 0; seed < DRAWS; seed++) {
            AssignmentResult.Assigned draw = (AssignmentResult.Assigned) ReviewerAssignment.randomised(cap, seed)
                    .assign(call.problem, matrix);
            assertThat(AssignmentRules.violations(call.problem, draw)).isEmpty();
            assertThat(draw.method()).isEqualTo("randomised, cap 40%");
            Set<Pair> pairs = new HashSet<>();
            for (Affinity a : draw.pairs()) {
                Pair pair = new Pair(a.applicationId(), a.reviewerId());
                pairs.add(pair);
                chosen.merge(pair, 1, Integer::sum);
            }
            distinct.add(pairs);
        }
        // 4 standard deviations of a binomial at the cap
        double allowed = cap * DRAWS + 4 * Math.sqrt(DRAWS * cap * (1 - cap));
        assertThat(chosen.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo((int) allowed);
        assertThat(distinct).hasSizeGreaterThan(DRAWS / 2);
        // the deterministic optimum puts some pair on every time: the cap moved it
        AssignmentResult.Assigned optimum = (AssignmentResult.Assigned) ReviewerAssignment.optimal().assign(call.problem, matrix);
        assertThat(optimum.pairs()).anyMatch(a -> chosen.getOrDefault(new Pair(a.applicationId(), a.reviewerId()), 0) < DRAWS);
    }

    @Test
    void theSameSeedDrawsTheSameAssignmentAndPinsAreAlwaysKept() {
        GeneratedCall call = GeneratedCall.generate(new GeneratedCall.Shape(12, 12, 2, 4, 0, 0, 12, false, 12), 3);
        AffinityMatrix matrix = call.affinities(12);
        Affinity weakest = matrix.candidates("A0").stream().min((x, y) -> Double.compare(x.value(), y.value())).orElseThrow();
        Pair pin = new Pair("A0", weakest.reviewerId());
        AssignmentProblem pinned = AssignmentProblem.builder(call.problem.applications(), call.problem.reviewers())
                .reviewersPerApplication(2).pins(Set.of(pin)).topN(12).build();
        List<Affinity> first = ((AssignmentResult.Assigned) ReviewerAssignment.randomised(0.3, 99).assign(pinned, matrix)).pairs();
        List<Affinity> again = ((AssignmentResult.Assigned) ReviewerAssignment.randomised(0.3, 99).assign(pinned, matrix)).pairs();
        assertThat(again).isEqualTo(first);
        for (long seed = 0; seed < 50; seed++) {
            AssignmentResult.Assigned draw = (AssignmentResult.Assigned) ReviewerAssignment.randomised(0.3, seed).assign(pinned, matrix);
            assertThat(draw.pairs()).anyMatch(a -> a.applicationId().equals("A0") && a.reviewerId().equals(pin.reviewerId()));
            assertThat(draw.pairs()).hasSize(24);
        }
    }

    @Test
    void aCapThePanelCannotMeetFallsBackToTheBestAssignmentAndSaysSo() {
        // 3 reviewers of 6 per application, some at the applicant's institution: a chance of 1/2 each cannot make 3
        GeneratedCall call = GeneratedCall.generate(new GeneratedCall.Shape(4, 6, 3, 4, 0, 0, 6, false, 6), 1);
        AssignmentResult.Assigned result = (AssignmentResult.Assigned) ReviewerAssignment.randomised(0.5, 1)
                .assign(call.problem, call.affinities(6));
        assertThat(result.pairs()).hasSize(12);
        assertThat(AssignmentRules.violations(call.problem, result)).isEmpty();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("No random assignment keeps every pair's chance at or below 50%"));
    }
}
