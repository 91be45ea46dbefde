package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks an assignment against the problem's rules, read straight from the records (no solver code). */
final class AssignmentRules {

    private AssignmentRules() {
    }

    static List<String> violations(AssignmentProblem problem, AssignmentResult.Assigned result) {
        List<String> violations = new ArrayList<>();
        Map<String, Reviewer> reviewers = new HashMap<>();
        problem.reviewers().forEach(r -> reviewers.put(r.id(), r));
        Map<String, Submission> applications = new HashMap<>();
        problem.applications().forEach(a -> applications.put(a.id(), a));
        Map<String, List<Reviewer>> byApplication = new HashMap<>();
        Map<String, Integer> loads = new HashMap<>();
        Set<Pair> seen = new HashSet<>();
        for (Affinity pair : result.pairs()) {
            Reviewer reviewer = reviewers.get(pair.reviewerId());
            Submission application = applications.get(pair.applicationId());
            if (!seen.add(pair.pair())) {
                violations.add("pair twice: " + pair.pair());
            }
            if (problem.conflicts().contains(pair.pair())) {
                violations.add("conflict broken: " + pair.pair());
            }
            if (!application.institution().isBlank()
                    && application.institution().equalsIgnoreCase(reviewer.institution())) {
                violations.add("same institution: " + pair.pair());
            }
            byApplication.computeIfAbsent(application.id(), x -> new ArrayList<>()).add(reviewer);
            loads.merge(reviewer.id(), 1, Integer::sum);
        }
        for (Submission application : problem.applications()) {
            List<Reviewer> assigned = byApplication.getOrDefault(application.id(), List.of());
            if (assigned.size() != problem.reviewersPerApplication()) {
                violations.add(application.id() + " has " + assigned.size() + " reviewers");
            }
            Map<String, Integer> perInstitution = new HashMap<>();
            assigned.forEach(r -> perInstitution.merge(r.institution().toLowerCase(Locale.ROOT), 1, Integer::sum));
            perInstitution.forEach((institution, count) -> {
                if (count > problem.maxPerInstitution()) {
                    violations.add(application.id() + " has " + count + " reviewers from " + institution);
                }
            });
            if (problem.requireForeignReviewer() && assigned.stream()
                    .noneMatch(r -> !r.country().isBlank() && !r.country().equalsIgnoreCase(problem.homeCountry()))) {
                violations.add(application.id() + " has no reviewer from abroad");
            }
        }
        for (Reviewer reviewer : problem.reviewers()) {
            int load = loads.getOrDefault(reviewer.id(), 0);
            if (load > reviewer.maxLoad() || load < reviewer.minLoad()) {
                violations.add(reviewer.id() + " has load " + load);
            }
        }
        for (Pair pin : problem.pins()) {
            if (!seen.contains(pin)) {
                violations.add("pin missing: " + pin);
            }
        }
        return violations;
    }
}
