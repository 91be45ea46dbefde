package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Either an assignment of every application, or the reasons why none exists. */
public sealed interface AssignmentResult permits AssignmentResult.Assigned, AssignmentResult.Infeasible {

    boolean feasible();

    /**
     * Every application with its k reviewers.
     *
     * @param pairs                     the assigned pairs with their affinity and its explanation
     * @param totalAffinity             sum of the pairs' affinities
     * @param lowestApplicationAffinity the smallest sum of affinities one application received
     * @param loads                     assignments per reviewer id (reviewers without any are listed with 0)
     * @param method                    how it was computed, e.g. "min-cost flow (OR-tools)"
     * @param provenOptimal             the solver proved no better assignment exists for this mode
     * @param notes                     anything the programme manager should know (a widened search, a time limit)
     */
    record Assigned(List<Affinity> pairs, double totalAffinity, double lowestApplicationAffinity,
                    Map<String, Integer> loads, String method, boolean provenOptimal, List<String> notes)
            implements AssignmentResult {

        public Assigned {
            pairs = List.copyOf(pairs);
            loads = Map.copyOf(loads);
            notes = List.copyOf(notes);
        }

        @Override
        public boolean feasible() {
            return true;
        }

        public List<Affinity> reviewersOf(String applicationId) {
            return pairs.stream().filter(p -> p.applicationId().equals(applicationId)).toList();
        }

        /** Largest load minus smallest load. */
        public int loadSpread() {
            int max = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int min = loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            return max - min;
        }

        /** One line per pair: "A12 ← R7: 0.712 = text 0.801, keywords 0.500; matched terms: ...". */
        public List<String> explain() {
            return pairs.stream()
                    .sorted(Comparator.comparing(Affinity::applicationId).thenComparing(Affinity::reviewerId))
                    .map(p -> String.format(Locale.ROOT, "%s <- %s: %s", p.applicationId(), p.reviewerId(), p.explain()))
                    .toList();
        }
    }

    /** No assignment satisfies every rule. */
    record Infeasible(List<InfeasibilityReason> reasons, List<String> notes) implements AssignmentResult {

        public Infeasible {
            reasons = List.copyOf(reasons);
            notes = List.copyOf(notes);
        }

        @Override
        public boolean feasible() {
            return false;
        }

        /** Applications named by at least one reason. */
        public Set<String> applicationsNotCovered() {
            Set<String> ids = new LinkedHashSet<>();
            reasons.forEach(r -> ids.addAll(r.applicationIds()));
            return ids;
        }

        public List<String> suggestions() {
            List<String> suggestions = new ArrayList<>();
            reasons.forEach(r -> {
                if (!suggestions.contains(r.suggestion())) {
                    suggestions.add(r.suggestion());
                }
            });
            return suggestions;
        }

        public boolean has(InfeasibilityReason.Code code) {
            return reasons.stream().anyMatch(r -> r.code() == code);
        }
    }
}
