package io.grantflow.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random small calls: the optimum keeps every rule and equals the independent CP-SAT model's. */
class AssignmentProperties {

    record Call(AssignmentProblem problem, AffinityMatrix affinities, long seed) {
        @Override
        public String toString() {
            return problem.applications().size() + " applications, " + problem.reviewers().size() + " reviewers, k="
                    + problem.reviewersPerApplication() + ", t=" + problem.maxPerInstitution() + ", foreign="
                    + problem.requireForeignReviewer() + ", pins=" + problem.pins() + ", seed=" + seed;
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        Arbitrary<GeneratedCall.Shape> shapes = Combinators.combine(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(2, 14),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 0.3),
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
                .as((a, r, k, max, min, conflicts, t, foreign) -> new GeneratedCall.Shape(a, r, k, max,
                        min == 1 ? 1 : 0, conflicts, t, foreign, 50));
        return Combinators.combine(shapes, Arbitraries.longs(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(AssignmentProperties::call);
    }

    /**
     * With {@code mixedCountries} an institution may have reviewers at home and abroad, which the flow
     * cannot carry together with a binding institution cap: the CP-SAT model takes over there.
     */
    private static Call call(GeneratedCall.Shape shape, long seed, boolean pin, boolean mixedCountries) {
        AssignmentProblem problem = GeneratedCall.generate(shape, seed).problem;
        if (mixedCountries) {
            Random random = new Random(seed);
            List<Reviewer> reviewers = problem.reviewers().stream().map(r -> new Reviewer(r.id(), r.institution(),
                    random.nextBoolean() ? "FR" : "DE", r.expertiseKeywords(), r.profile(), r.maxLoad(), r.minLoad()))
                    .toList();
            problem = new AssignmentProblem(problem.applications(), reviewers, problem.reviewersPerApplication(),
                    problem.conflicts(), problem.maxPerInstitution(), problem.homeCountry(),
                    problem.requireForeignReviewer(), problem.bids(), problem.pins(), problem.topN(), problem.mode(),
                    problem.fairnessTolerance());
        }
        if (pin) {
            AffinityMatrix all = Calls.randomAffinities(problem, seed);
            List<Affinity> eligible = problem.applications().stream().flatMap(a -> all.candidates(a.id()).stream()).toList();
            if (!eligible.isEmpty()) {
                problem = Calls.withPins(problem, Set.of(eligible.get(new Random(seed).nextInt(eligible.size())).pair()));
            }
        }
        return new Call(problem, Calls.randomAffinities(problem, seed), seed);
    }

    private static long weight(List<Affinity> pairs) {
        return pairs.stream().mapToLong(a -> Math.round(a.value() * IndexedProblem.SCALE)).sum();
    }

    @Property(tries = 600)
    void theOptimumKeepsEveryRuleAndEqualsTheIndependentModel(@ForAll("calls") Call call) {
        AssignmentResult result = ReviewerAssignment.optimal().assign(call.problem(), call.affinities());
        IndexedProblem p = IndexedProblem.of(call.problem(), call.affinities());
        CpSatAssignment.Outcome independent = new CpSatAssignment(p).optimal(10);

        if (independent.feasible()) {
            assertThat(result).isInstanceOf(AssignmentResult.Assigned.class);
            AssignmentResult.Assigned assigned = (AssignmentResult.Assigned) result;
            assertThat(AssignmentRules.violations(call.problem(), assigned)).isEmpty();
            assertThat(independent.proven()).isTrue();
            assertThat(weight(assigned.pairs()))
                    .isEqualTo(independent.arcs().stream().mapToLong(e -> p.arcWeight[e]).sum());
        } else {
            assertThat(independent.proven()).as("CP-SAT proved infeasibility").isTrue();
            assertThat(result).isInstanceOf(AssignmentResult.Infeasible.class);
            assertThat(((AssignmentResult.Infeasible) result).reasons()).isNotEmpty();
        }
    }

    @Property(tries = 600)
    void theGreedyBaselineKeepsTheRulesAndNeverBeatsTheOptimum(@ForAll("calls") Call call) {
        AssignmentProblem problem = withoutMinimumLoads(call.problem());
        AssignmentResult greedy = ReviewerAssignment.greedy().assign(problem, call.affinities());
        AssignmentResult optimal = ReviewerAssignment.optimal().assign(problem, call.affinities());

        if (greedy instanceof AssignmentResult.Assigned g) {
            assertThat(AssignmentRules.violations(problem, g)).isEmpty();
            assertThat(optimal).isInstanceOf(AssignmentResult.Assigned.class);
            assertThat(weight(g.pairs())).isLessThanOrEqualTo(weight(((AssignmentResult.Assigned) optimal).pairs()));
        }
    }

    @Property(tries = 40)
    void theFairModeLiftsTheWeakestApplicationWithinTheTolerance(@ForAll("calls") Call call) {
        AssignmentResult optimal = ReviewerAssignment.optimal().assign(call.problem(), call.affinities());
        if (!(optimal instanceof AssignmentResult.Assigned o)) {
            return;
        }
        AssignmentProblem fairProblem = call.problem().withMode(AssignmentProblem.Mode.FAIR);
        AssignmentResult.Assigned fair = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(fairProblem, call.affinities());

        assertThat(AssignmentRules.violations(fairProblem, fair)).isEmpty();
        assertThat(fair.lowestApplicationAffinity()).isGreaterThanOrEqualTo(o.lowestApplicationAffinity() - 1e-9);
        assertThat(weight(fair.pairs())).isGreaterThanOrEqualTo(
                (long) Math.ceil(weight(o.pairs()) * (1 - fairProblem.fairnessTolerance())));
    }

    @Property(tries = 600)
    void aReplacementLeavesEveryOtherPairAndTakesTheBestFreeReviewer(@ForAll("calls") Call call) {
        AssignmentProblem problem = Calls.withPins(call.problem(), Set.of());
        AssignmentResult result = ReviewerAssignment.optimal().assign(problem, call.affinities());
        if (!(result instanceof AssignmentResult.Assigned assigned)) {
            return;
        }
        Affinity removedPair = assigned.pairs().get(new Random(call.seed()).nextInt(assigned.pairs().size()));
        Pair removed = removedPair.pair();

        Replacement replacement = ReviewerAssignment.optimal().replace(problem, call.affinities(), assigned, removed);

        List<Pair> before = new ArrayList<>(assigned.pairs().stream().map(Affinity::pair).toList());
        before.remove(removed);
        List<Pair> after = new ArrayList<>(replacement.assignment().pairs().stream().map(Affinity::pair).toList());
        replacement.replacement().ifPresent(r -> after.remove(r.pair()));
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);

        AssignmentProblem declined = problem.withConflicts(Set.of(removed));
        List<Affinity> free = call.affinities().candidates(removed.applicationId()).stream()
                .filter(c -> isFree(declined, before, c.pair())).toList();
        if (replacement.found()) {
            Affinity chosen = replacement.replacement().orElseThrow();
            assertThat(isFree(declined, before, chosen.pair())).isTrue();
            assertThat(free.stream().mapToDouble(Affinity::value).max().orElseThrow()).isEqualTo(chosen.value());
            assertThat(AssignmentRules.violations(declined, replacement.assignment()))
                    .allMatch(v -> v.startsWith(removed.reviewerId() + " has load"));
        } else {
            assertThat(free).isEmpty();
            assertThat(replacement.explanation().get(0)).startsWith("Nobody can replace");
        }
    }

    /** Free for the pair's application given the other pairs: no conflict, room, institution and foreign rules. */
    private static boolean isFree(AssignmentProblem problem, List<Pair> others, Pair candidate) {
        Reviewer reviewer = problem.reviewers().stream().filter(r -> r.id().equals(candidate.reviewerId()))
                .findFirst().orElseThrow();
        Submission application = problem.applications().stream()
                .filter(a -> a.id().equals(candidate.applicationId())).findFirst().orElseThrow();
        if (problem.conflicts().contains(candidate) || others.contains(candidate)
                || application.institution().equalsIgnoreCase(reviewer.institution())) {
            return false;
        }
        long load = others.stream().filter(p -> p.reviewerId().equals(reviewer.id())).count();
        List<Reviewer> onApplication = others.stream().filter(p -> p.applicationId().equals(application.id()))
                .map(p -> problem.reviewers().stream().filter(r -> r.id().equals(p.reviewerId())).findFirst().orElseThrow())
                .toList();
        long sameInstitution = onApplication.stream().filter(r -> r.institution().equalsIgnoreCase(reviewer.institution()))
                .count();
        boolean hasForeign = onApplication.stream().anyMatch(r -> !r.country().equalsIgnoreCase(problem.homeCountry()));
        boolean foreign = !reviewer.country().equalsIgnoreCase(problem.homeCountry());
        return load < reviewer.maxLoad() && sameInstitution < problem.maxPerInstitution()
                && (!problem.requireForeignReviewer() || hasForeign || foreign);
    }

    private static AssignmentProblem withoutMinimumLoads(AssignmentProblem p) {
        List<Reviewer> reviewers = p.reviewers().stream().map(r -> new Reviewer(r.id(), r.institution(), r.country(),
                r.expertiseKeywords(), r.profile(), r.maxLoad(), 0)).toList();
        return new AssignmentProblem(p.applications(), reviewers, p.reviewersPerApplication(), p.conflicts(),
                p.maxPerInstitution(), p.homeCountry(), p.requireForeignReviewer(), p.bids(), new HashSet<>(p.pins()),
                p.topN(), p.mode(), p.fairnessTolerance());
    }
}
