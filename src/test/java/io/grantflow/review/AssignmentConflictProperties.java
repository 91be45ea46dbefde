package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.Partner;
import io.grantflow.review.assignment.Affinity;
import io.grantflow.review.assignment.AssignmentProblem;
import io.grantflow.review.assignment.AssignmentResult;
import io.grantflow.review.assignment.ReviewerAssignment;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random calls, the assignment never gives an application to a reviewer with a hard conflict
 * (same unit, partner institution, excluded by the applicant, an earlier refusal) nor beyond a load.
 */
class AssignmentConflictProperties {

    static final List<String> UNITS = List.of("UMR1001", "UMR1002", "UMR2040");
    static final List<String> PARTNERS = List.of("University of Tokyo", "McGill University", "Universidad de Chile");
    static final List<String> TOPICS = List.of("graphene", "photonics", "climate", "ocean", "graphs", "catalysis", "epidemiology");

    @Property(tries = 60)
    void noConflictedPairAndNoLoadExceeded(@ForAll @IntRange(min = 1, max = 12) int applicationCount,
                                           @ForAll @IntRange(min = 2, max = 10) int reviewerCount,
                                           @ForAll @IntRange(min = 1, max = 3) int k,
                                           @ForAll long seed) {
        Random random = new Random(seed);
        List<ReviewerProfile> panel = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < reviewerCount; i++) {
            String institution = random.nextInt(3) == 0 ? UNITS.get(random.nextInt(UNITS.size())) + " Laboratoire"
                    : random.nextInt(3) == 0 ? PARTNERS.get(random.nextInt(PARTNERS.size())) : "Institute " + i;
            panel.add(new ReviewerProfile("r" + i, institution, random.nextBoolean() ? "FR" : "DE",
                    List.of(topic(random), topic(random)), topic(random), 1 + random.nextInt(4)));
            names.put("r" + i, "Reviewer Number" + i);
        }
        List<Application> apps = new ArrayList<>();
        Map<String, Set<String>> refused = new HashMap<>();
        for (int i = 0; i < applicationCount; i++) {
            List<String> exclusions = random.nextInt(3) == 0 ? List.of("Reviewer Number" + random.nextInt(reviewerCount)) : List.of();
            apps.add(new Application("a" + i, "call", "applicant" + i, "Title " + topic(random), "About " + topic(random) + " and " + topic(random),
                    List.of(topic(random), topic(random), topic(random)), BigDecimal.TEN, 12, LocalDate.of(2020, 1, 1),
                    UNITS.get(random.nextInt(UNITS.size())), List.of(new Partner(PARTNERS.get(random.nextInt(PARTNERS.size())), "JP", "Lead", null)),
                    exclusions, ApplicationStatus.ELIGIBLE, Instant.EPOCH, null));
            refused.put("a" + i, random.nextInt(4) == 0 ? Set.of("r" + random.nextInt(reviewerCount)) : Set.of());
        }

        AssignmentProblem problem = ReviewerAssignmentService.problem(apps, panel, names, refused, k, "FR", false);
        AssignmentResult result = ReviewerAssignment.optimal().assign(problem, ReviewerAssignment.affinities(problem));

        if (result instanceof AssignmentResult.Assigned assigned) {
            Map<String, Integer> loads = new HashMap<>();
            for (Affinity pair : assigned.pairs()) {
                Application a = apps.stream().filter(x -> x.id().equals(pair.applicationId())).findFirst().orElseThrow();
                ReviewerProfile r = panel.stream().filter(x -> x.userId().equals(pair.reviewerId())).findFirst().orElseThrow();
                assertThat(ConflictRules.conflict(a, r, names.get(r.userId()))).as("conflict of " + pair).isNull();
                assertThat(refused.get(a.id())).doesNotContain(r.userId());
                loads.merge(r.userId(), 1, Integer::sum);
            }
            panel.forEach(r -> assertThat(loads.getOrDefault(r.userId(), 0)).isLessThanOrEqualTo(r.maxLoad()));
            apps.forEach(a -> assertThat(assigned.reviewersOf(a.id())).hasSize(k));
        } else {
            assertThat(((AssignmentResult.Infeasible) result).reasons()).isNotEmpty();
        }
    }

    private static String topic(Random random) {
        return TOPICS.get(random.nextInt(TOPICS.size()));
    }
}
