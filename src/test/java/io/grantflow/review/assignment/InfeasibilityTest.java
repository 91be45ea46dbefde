package io.grantflow.review.assignment;

import static io.grantflow.review.assignment.Calls.application;
import static io.grantflow.review.assignment.Calls.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.review.assignment.InfeasibilityReason.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfeasibilityTest {

    private static AssignmentResult.Infeasible infeasible(AssignmentProblem problem) {
        AssignmentResult result = ReviewerAssignment.optimal().assign(problem, Calls.randomAffinities(problem, 1));
        assertThat(result).isInstanceOf(AssignmentResult.Infeasible.class);
        AssignmentResult.Infeasible infeasible = (AssignmentResult.Infeasible) result;
        assertThat(infeasible.reasons()).allSatisfy(r -> {
            assertThat(r.explanation()).isNotBlank();
            assertThat(r.suggestion()).isNotBlank();
        });
        return infeasible;
    }

    private static InfeasibilityReason only(AssignmentResult.Infeasible result, Code code) {
        assertThat(result.reasons()).extracting(InfeasibilityReason::code).containsOnly(code);
        return result.reasons().get(0);
    }

    @Test
    void anApplicationInConflictWithEveryReviewerIsNamed() {
        AssignmentProblem problem = AssignmentProblem.builder(
                        List.of(application("A1", "U1"), application("A2", "U2")),
                        List.of(reviewer("R1", "U1", "FR", 5), reviewer("R2", "U3", "FR", 5)))
                .reviewersPerApplication(1).conflicts(Set.of(new Pair("A1", "R2"))).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.EVERY_REVIEWER_CONFLICTED);

        assertThat(reason.applicationIds()).containsExactly("A1");
        assertThat(reason.explanation()).contains("1 declared conflicts, 1 of its institution");
    }

    @Test
    void tooFewEligibleReviewersForKSuggestsLoweringK() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U1")),
                        List.of(reviewer("R1", "U2", "FR", 5), reviewer("R2", "U3", "FR", 5),
                                reviewer("R3", "U1", "FR", 5)))
                .reviewersPerApplication(3).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.TOO_FEW_ELIGIBLE_REVIEWERS);

        assertThat(reason.suggestion()).contains("lower k to 2");
    }

    @Test
    void theInstitutionCapCountsWhenReviewersShareAnInstitution() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U1")),
                        List.of(reviewer("R1", "U2", "FR", 5), reviewer("R2", "U2", "FR", 5)))
                .reviewersPerApplication(2).maxPerInstitution(1).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.TOO_FEW_ELIGIBLE_REVIEWERS);

        assertThat(reason.explanation()).contains("at most 1 per institution");
    }

    @Test
    void totalLoadBelowDemandSaysByHowMuchToRaiseIt() {
        List<Submission> applications = List.of(application("A1", "U"), application("A2", "U"),
                application("A3", "U"), application("A4", "U"));
        AssignmentProblem problem = AssignmentProblem.builder(applications,
                        List.of(reviewer("R1", "V1", "FR", 2), reviewer("R2", "V2", "FR", 2), reviewer("R3", "V3", "FR", 2)))
                .reviewersPerApplication(2).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.CAPACITY_BELOW_DEMAND);

        assertThat(reason.explanation()).contains("2 × 4 = 8 reviews", "add up to 6");
        assertThat(reason.suggestion()).contains("Raise the maximum loads by 2", "lower k to 1");
    }

    @Test
    void applicationsSharingTooFewReviewersAreNamedAsAGroup() {
        // A1..A3 may only go to R1 and R2 (load 1 each); R3..R5 have plenty of room but conflicts.
        List<Submission> applications = List.of(application("A1", "U"), application("A2", "U"),
                application("A3", "U"), application("A4", "U"));
        List<Reviewer> reviewers = List.of(reviewer("R1", "V1", "FR", 1), reviewer("R2", "V2", "FR", 1),
                reviewer("R3", "V3", "FR", 5), reviewer("R4", "V4", "FR", 5));
        Set<Pair> conflicts = Set.of(new Pair("A1", "R3"), new Pair("A1", "R4"), new Pair("A2", "R3"),
                new Pair("A2", "R4"), new Pair("A3", "R3"), new Pair("A3", "R4"));
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers)
                .reviewersPerApplication(1).conflicts(conflicts).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.GROUP_CAPACITY_TOO_SMALL);

        assertThat(reason.applicationIds()).containsExactlyInAnyOrder("A1", "A2", "A3");
        assertThat(reason.reviewerIds()).containsExactlyInAnyOrder("R1", "R2");
        assertThat(reason.explanation()).contains("need 3 reviews", "at most 2");
        assertThat(reason.suggestion()).contains("by 1 in total");
    }

    @Test
    void noReviewerFromAbroadIsReported() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U"), application("A2", "U")),
                        List.of(reviewer("R1", "V1", "FR", 5), reviewer("R2", "V2", "DE", 5)))
                .reviewersPerApplication(1).homeCountry("FR").requireForeignReviewer(true)
                .conflicts(Set.of(new Pair("A2", "R2"))).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.NO_FOREIGN_REVIEWER);

        assertThat(reason.applicationIds()).containsExactly("A2");
        assertThat(reason.explanation()).contains("outside FR");
    }

    @Test
    void tooFewReviewersFromAbroadForTheApplicationsThatShareThem() {
        // Two reviewers from abroad could take four, but A1..A3 are all in conflict with one of them.
        List<Submission> applications = List.of(application("A1", "U"), application("A2", "U"), application("A3", "U"));
        List<Reviewer> reviewers = List.of(reviewer("F1", "V1", "DE", 2), reviewer("F2", "V2", "IT", 2),
                reviewer("H1", "V3", "FR", 5), reviewer("H2", "V4", "FR", 5));
        Set<Pair> conflicts = Set.of(new Pair("A1", "F2"), new Pair("A2", "F2"), new Pair("A3", "F2"));
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers).reviewersPerApplication(2)
                .homeCountry("FR").requireForeignReviewer(true).conflicts(conflicts).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.TOO_FEW_FOREIGN_REVIEWERS);

        assertThat(reason.applicationIds()).containsExactlyInAnyOrder("A1", "A2", "A3");
        assertThat(reason.reviewerIds()).containsExactly("F1");
    }

    @Test
    void coverageAndTheForeignRuleEachPossibleButNotTogether() {
        // A1 may only have F1 and F2, both from abroad; then A2 has nobody from abroad left.
        List<Reviewer> reviewers = List.of(reviewer("F1", "V1", "DE", 1), reviewer("F2", "V2", "IT", 1),
                reviewer("H1", "V3", "FR", 1), reviewer("H2", "V4", "FR", 1));
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U"), application("A2", "U")),
                        reviewers).reviewersPerApplication(2).homeCountry("FR").requireForeignReviewer(true)
                .conflicts(Set.of(new Pair("A1", "H1"), new Pair("A1", "H2"))).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.RULES_INCOMPATIBLE);

        assertThat(reason.applicationIds()).containsExactlyInAnyOrder("A1", "A2");
        assertThat(reason.explanation()).contains("1 review is missing");
    }

    @Test
    void aMinimumLoadAboveWhatTheReviewerMayTakeIsReported() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U"), application("A2", "U")),
                        List.of(reviewer("R1", "V1", "FR", 5, 3), reviewer("R2", "V2", "FR", 5)))
                .reviewersPerApplication(1).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.MINIMUM_LOADS_IMPOSSIBLE);

        assertThat(reason.reviewerIds()).containsExactly("R1");
        assertThat(reason.suggestion()).contains("to 2");
    }

    @Test
    void minimumLoadsThatCompeteForTheSameApplicationsAreFoundByTheFlow() {
        // R1 needs A1 and A2, R2 needs A1: each fits alone, not together (k = 1).
        List<Submission> applications = List.of(application("A1", "U"), application("A2", "U"), application("A3", "U"));
        List<Reviewer> reviewers = List.of(reviewer("R1", "V1", "FR", 2, 2), reviewer("R2", "V2", "FR", 1, 1),
                reviewer("R3", "V3", "FR", 3));
        Set<Pair> conflicts = Set.of(new Pair("A3", "R1"), new Pair("A2", "R2"), new Pair("A3", "R2"));
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers).reviewersPerApplication(1)
                .conflicts(conflicts).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.MINIMUM_LOADS_IMPOSSIBLE);

        assertThat(reason.explanation()).contains("ask for 3", "at most 2");
    }

    @Test
    void aPinOnAConflictedPairIsRejectedWithItsReason() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(application("A1", "U")),
                        List.of(reviewer("R1", "V1", "FR", 5), reviewer("R2", "V2", "FR", 5)))
                .reviewersPerApplication(1).conflicts(Set.of(new Pair("A1", "R1")))
                .pins(Set.of(new Pair("A1", "R1"))).build();

        InfeasibilityReason reason = only(infeasible(problem), Code.PIN_NOT_ALLOWED);

        assertThat(reason.suggestion()).contains("Remove the pin A1/R1");
    }

    @Test
    void whenTheTopCandidatesAreTooFewEveryEligibleReviewerIsTried() {
        List<Submission> applications = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            applications.add(application("A" + a, "U"));
        }
        List<Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            reviewers.add(reviewer("R" + r, "V" + r, "FR", 2));
        }
        AssignmentProblem problem = AssignmentProblem.builder(applications, reviewers).reviewersPerApplication(2)
                .topN(1).build();
        // Top 1 candidate per application: too few for k = 2.
        AffinityMatrix matrix = new AffinityModel().build(problem);

        AssignmentResult result = ReviewerAssignment.optimal().assign(problem, matrix);

        assertThat(result).isInstanceOf(AssignmentResult.Assigned.class);
        AssignmentResult.Assigned assigned = (AssignmentResult.Assigned) result;
        assertThat(AssignmentRules.violations(problem, assigned)).isEmpty();
        assertThat(assigned.notes()).anyMatch(n -> n.contains("every eligible reviewer was considered"));
    }
}
