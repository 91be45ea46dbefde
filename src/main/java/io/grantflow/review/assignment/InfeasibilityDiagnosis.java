package io.grantflow.review.assignment;

import io.grantflow.review.assignment.InfeasibilityReason.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds out why no assignment exists. Cheap counts first (an application with too few eligible
 * reviewers, loads that add up to less than the demand); then one flow per group of rules, whose
 * minimum cut names a set of applications that provably cannot get what they need (Hall's
 * condition), so every reason given is a fact about the call, not a guess.
 */
final class InfeasibilityDiagnosis {

    private final IndexedProblem p;
    private final IndexedProblem.Pinned pinned;
    private final String who;

    InfeasibilityDiagnosis(IndexedProblem p) {
        this.p = p;
        this.pinned = p.pinned();
        this.who = p.widened ? "eligible reviewers" : "candidate reviewers (top " + p.problem.topN() + ")";
    }

    List<InfeasibilityReason> reasons() {
        List<InfeasibilityReason> reasons = new ArrayList<>();
        checkPins(reasons);
        checkApplications(reasons);
        checkCapacity(reasons);
        checkMinimumLoads(reasons);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        // Stops at the first group of rules that fails: its reason is the one to fix first.
        boolean found = checkFlow(AssignmentNetwork.Rules.COVERAGE, reasons)
                || checkFlow(AssignmentNetwork.Rules.FOREIGN_ONLY, reasons)
                || checkFlow(AssignmentNetwork.Rules.COVERAGE_AND_FOREIGN, reasons)
                || checkMinimumLoadFlow(reasons)
                || checkFlow(AssignmentNetwork.Rules.ALL, reasons);
        if (!found) {
            // Only when an institution has reviewers at home and abroad, which the flows cannot carry exactly.
            reasons.add(new InfeasibilityReason(Code.RULES_INCOMPATIBLE, List.of(), List.of(),
                    "Each group of rules can be met alone, but the CP-SAT model proves that no assignment meets them "
                            + "all together (reviewers per institution, reviewers from abroad, loads).",
                    "Raise the maximum loads, allow more reviewers per institution, or relax the foreign-reviewer rule."));
        }
        return reasons;
    }

    private void checkPins(List<InfeasibilityReason> reasons) {
        for (Pair pin : p.invalidPins) {
            reasons.add(new InfeasibilityReason(Code.PIN_NOT_ALLOWED, List.of(pin.applicationId()),
                    List.of(pin.reviewerId()),
                    "The pinned pair " + pin + " breaks a conflict of interest (or names an unknown id).",
                    "Remove the pin " + pin + "."));
        }
        for (int a = 0; a < p.applications; a++) {
            if (pinned.perApplication[a] > p.k) {
                reasons.add(new InfeasibilityReason(Code.PIN_NOT_ALLOWED, List.of(p.applicationId(a)), List.of(),
                        p.applicationId(a) + " has " + pinned.perApplication[a] + " pinned reviewers but takes only "
                                + p.k + ".", "Remove " + (pinned.perApplication[a] - p.k) + " of its pins."));
            }
        }
        for (int a = 0; a < p.applications; a++) {
            if (p.requireForeign && !pinned.foreignPinned[a] && pinned.perApplication[a] >= p.k) {
                reasons.add(new InfeasibilityReason(Code.PIN_NOT_ALLOWED, List.of(p.applicationId(a)), List.of(),
                        p.applicationId(a) + "'s pinned reviewers fill all its " + p.k + " seats, and none is from "
                                + "outside " + p.problem.homeCountry() + ".",
                        "Remove one of " + p.applicationId(a) + "'s pins, or pin a reviewer from abroad."));
            }
        }
        for (int r = 0; r < p.reviewers; r++) {
            if (pinned.perReviewer[r] > p.maxLoad[r]) {
                reasons.add(new InfeasibilityReason(Code.PIN_NOT_ALLOWED, List.of(), List.of(p.reviewerId(r)),
                        p.reviewerId(r) + " is pinned to " + pinned.perReviewer[r] + " applications, above the "
                                + "maximum load of " + p.maxLoad[r] + ".",
                        "Raise " + p.reviewerId(r) + "'s maximum load by "
                                + (pinned.perReviewer[r] - p.maxLoad[r]) + " or remove pins."));
            }
        }
        pinned.perApplicationInstitution.forEach((key, count) -> {
            if (count > p.maxPerInstitution) {
                String application = p.applicationId((int) (key >>> 32));
                reasons.add(new InfeasibilityReason(Code.PIN_NOT_ALLOWED, List.of(application), List.of(),
                        application + " has " + count + " pinned reviewers from one institution, above the limit of "
                                + p.maxPerInstitution + ".", "Remove pins from " + application + "."));
            }
        });
    }

    private void checkApplications(List<InfeasibilityReason> reasons) {
        Eligibility eligibility = new Eligibility(p.problem);
        for (int a = 0; a < p.applications; a++) {
            Submission application = p.problem.applications().get(a);
            int arcs = p.arcStart[a + 1] - p.arcStart[a];
            if (arcs == 0) {
                Map<Eligibility.Verdict, Long> verdicts = p.problem.reviewers().stream()
                        .collect(Collectors.groupingBy(r -> eligibility.verdict(application, r), Collectors.counting()));
                if (verdicts.getOrDefault(Eligibility.Verdict.ELIGIBLE, 0L) == 0) {
                    reasons.add(new InfeasibilityReason(Code.EVERY_REVIEWER_CONFLICTED, List.of(application.id()),
                            List.of(), "Every one of the " + p.reviewers + " reviewers is in conflict with "
                            + application.id() + " ("
                            + verdicts.getOrDefault(Eligibility.Verdict.DECLARED_CONFLICT, 0L) + " declared conflicts, "
                            + verdicts.getOrDefault(Eligibility.Verdict.SAME_INSTITUTION, 0L) + " of its institution).",
                            "Add " + p.k + " reviewers with expertise in " + expertise(List.of(a))
                                    + " from other institutions."));
                    continue;
                }
            }
            Map<Integer, Integer> perInstitution = new HashMap<>();
            boolean foreign = pinned.foreignPinned[a];
            for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
                perInstitution.merge(p.reviewerInstitution[p.arcReviewer[e]], 1, Integer::sum);
                foreign |= p.foreign[p.arcReviewer[e]];
            }
            int usable = perInstitution.values().stream().mapToInt(n -> Math.min(n, p.maxPerInstitution)).sum();
            if (usable < p.k) {
                String limit = usable < arcs ? " (" + arcs + " in all, but at most " + p.maxPerInstitution
                        + " per institution count)" : "";
                reasons.add(new InfeasibilityReason(Code.TOO_FEW_ELIGIBLE_REVIEWERS, List.of(application.id()),
                        List.of(), application.id() + " has only " + usable + " " + who + limit + " and needs "
                        + p.k + ".", "Add " + (p.k - usable) + " reviewers with expertise in " + expertise(List.of(a))
                        + " from other institutions, or lower k to " + usable + "."));
            } else if (p.requireForeign && !foreign) {
                reasons.add(new InfeasibilityReason(Code.NO_FOREIGN_REVIEWER, List.of(application.id()), List.of(),
                        application.id() + " has no " + who + " from outside " + p.problem.homeCountry() + ".",
                        "Add a reviewer from abroad with expertise in " + expertise(List.of(a)) + "."));
            }
        }
    }

    private void checkCapacity(List<InfeasibilityReason> reasons) {
        long demand = (long) p.k * p.applications;
        long capacity = 0;
        long foreignCapacity = 0;
        for (int r = 0; r < p.reviewers; r++) {
            capacity += p.maxLoad[r];
            foreignCapacity += p.foreign[r] ? p.maxLoad[r] : 0;
        }
        if (capacity < demand) {
            long missing = demand - capacity;
            long perReviewer = p.reviewers == 0 ? missing : (missing + p.reviewers - 1) / p.reviewers;
            long typicalLoad = p.reviewers == 0 ? p.k : Math.max(1, capacity / p.reviewers);
            reasons.add(new InfeasibilityReason(Code.CAPACITY_BELOW_DEMAND, List.of(), List.of(),
                    "The call needs " + p.k + " × " + p.applications + " = " + demand + " reviews but the maximum loads "
                            + "add up to " + capacity + ".",
                    "Raise the maximum loads by " + missing + " in total (+" + perReviewer + " for each reviewer), add "
                            + ((missing + typicalLoad - 1) / typicalLoad) + " reviewers, or lower k to "
                            + (p.applications == 0 ? 0 : capacity / p.applications) + "."));
        }
        if (p.requireForeign) {
            long needing = 0;
            for (int a = 0; a < p.applications; a++) {
                needing += pinned.foreignPinned[a] ? 0 : 1;
            }
            if (foreignCapacity < needing) {
                reasons.add(new InfeasibilityReason(Code.TOO_FEW_FOREIGN_REVIEWERS, List.of(), List.of(),
                        needing + " applications need a reviewer from outside " + p.problem.homeCountry()
                                + " but the reviewers from abroad can take " + foreignCapacity + " in all.",
                        "Raise the loads of reviewers from abroad by " + (needing - foreignCapacity)
                                + " in total, or invite more reviewers from abroad."));
            }
        }
    }

    private void checkMinimumLoads(List<InfeasibilityReason> reasons) {
        long sum = 0;
        int[] eligibleApplications = new int[p.reviewers];
        for (int e = 0; e < p.arcs(); e++) {
            eligibleApplications[p.arcReviewer[e]]++;
        }
        for (int r = 0; r < p.reviewers; r++) {
            sum += p.minLoad[r];
            int possible = Math.min(p.maxLoad[r], eligibleApplications[r]);
            if (p.minLoad[r] > possible) {
                reasons.add(new InfeasibilityReason(Code.MINIMUM_LOADS_IMPOSSIBLE, List.of(), List.of(p.reviewerId(r)),
                        p.reviewerId(r) + " must receive at least " + p.minLoad[r] + " applications but can take at "
                                + "most " + possible + " (maximum load " + p.maxLoad[r] + ", " + eligibleApplications[r]
                                + " applications without conflict" + (p.widened ? "" : " among the top candidates") + ").",
                        "Lower " + p.reviewerId(r) + "'s minimum load to " + possible + "."));
            }
        }
        long demand = (long) p.k * p.applications;
        if (sum > demand) {
            reasons.add(new InfeasibilityReason(Code.MINIMUM_LOADS_IMPOSSIBLE, List.of(), List.of(),
                    "The minimum loads add up to " + sum + " but the call has only " + demand + " reviews to give.",
                    "Lower the minimum loads by " + (sum - demand) + " in total."));
        }
    }

    /** Runs one group of rules as a flow; when it falls short, names the blocked applications. */
    private boolean checkFlow(AssignmentNetwork.Rules rules, List<InfeasibilityReason> reasons) {
        if (rules != AssignmentNetwork.Rules.COVERAGE && !p.requireForeign && rules != AssignmentNetwork.Rules.ALL) {
            return false;
        }
        AssignmentNetwork net = new AssignmentNetwork(p, rules);
        FlowNetwork.Solution solution = net.network.solve();
        if (solution.complete()) {
            return false;
        }
        boolean[] blocked = net.network.blockedSide(solution);
        long[] unmet = net.network.unmetSupply(solution);
        List<Integer> applications = new ArrayList<>();
        long needed = 0;
        long missing = 0;
        for (int a = 0; a < p.applications; a++) {
            // The foreign side carries its first unit as a supply of its own (the lower bound), so an
            // application whose foreign side is blocked belongs to the group as well.
            int foreignSide = net.foreignSideNode[a];
            if (blocked[net.applicationNode[a]] || (foreignSide >= 0 && blocked[foreignSide])) {
                applications.add(a);
                needed += rules == AssignmentNetwork.Rules.FOREIGN_ONLY ? 1 : p.k - pinned.perApplication[a];
                missing += unmet[net.applicationNode[a]] + (foreignSide >= 0 ? unmet[foreignSide] : 0);
            }
        }
        List<String> reviewers = new ArrayList<>();
        for (int r = 0; r < p.reviewers; r++) {
            if (blocked[net.reviewerNode[r]]) {
                reviewers.add(p.reviewerId(r));
            }
        }
        boolean institutionCapBinds = net.institutionArcs.stream().anyMatch(arc -> blocked[net.network.tail(arc)]
                && !blocked[net.network.head(arc)]);
        List<String> ids = applications.stream().map(p::applicationId).toList();
        long most = needed - missing;
        String group = ids.size() == 1 ? ids.get(0) + " needs " : "These " + ids.size() + " applications need ";
        String expertise = expertise(applications);
        switch (rules) {
            case COVERAGE -> reasons.add(new InfeasibilityReason(Code.GROUP_CAPACITY_TOO_SMALL, ids, reviewers,
                    group + needed + " reviews, but the " + reviewers.size() + " " + who + " they share can give "
                            + "them at most " + most + " (their remaining loads"
                            + (institutionCapBinds ? ", at most " + p.maxPerInstitution + " per institution" : "") + ").",
                    "Raise the maximum loads of these reviewers by " + missing + " in total, add reviewers with "
                            + "expertise in " + expertise + ", or lower k."));
            case FOREIGN_ONLY -> reasons.add(new InfeasibilityReason(Code.TOO_FEW_FOREIGN_REVIEWERS, ids, reviewers,
                    group + "a reviewer from outside " + p.problem.homeCountry() + " each, but the "
                            + reviewers.size() + " " + who + " from abroad they share can take at most " + most + ".",
                    "Raise the loads of these reviewers from abroad by " + missing + " in total, or add reviewers "
                            + "from abroad with expertise in " + expertise + "."));
            default -> reasons.add(new InfeasibilityReason(Code.RULES_INCOMPATIBLE, ids, reviewers,
                    "Each rule can be met alone, but not all together for " + (ids.size() == 1 ? ids.get(0)
                            : "these " + ids.size() + " applications") + ": " + missing + (missing == 1 ? " review is" : " reviews are")
                            + " missing once the reviewer from abroad"
                            + (rules == AssignmentNetwork.Rules.ALL ? " and the minimum loads are" : " is") + " required.",
                    "Raise the loads of the reviewers concerned by " + missing + ", add reviewers with expertise in "
                            + expertise + ", or relax the foreign-reviewer rule or the minimum loads."));
        }
        return true;
    }

    private boolean checkMinimumLoadFlow(List<InfeasibilityReason> reasons) {
        long required = 0;
        for (int r = 0; r < p.reviewers; r++) {
            required += Math.max(0, p.minLoad[r] - pinned.perReviewer[r]);
        }
        if (required == 0) {
            return false;
        }
        AssignmentNetwork net = new AssignmentNetwork(p, AssignmentNetwork.Rules.MINIMUM_LOADS);
        FlowNetwork.Solution solution = net.network.solve();
        long filled = 0;
        List<String> shortReviewers = new ArrayList<>();
        for (int r = 0; r < p.reviewers; r++) {
            long flow = net.network.flow(solution, net.reviewerArc[r]);
            filled += flow;
            if (flow < p.minLoad[r] - pinned.perReviewer[r]) {
                shortReviewers.add(p.reviewerId(r));
            }
        }
        if (filled >= required) {
            return false;
        }
        reasons.add(new InfeasibilityReason(Code.MINIMUM_LOADS_IMPOSSIBLE, List.of(), shortReviewers,
                "The minimum loads ask for " + required + " assignments, but the applications these reviewers may "
                        + "review can fill at most " + filled + " of them at once; left short: "
                        + String.join(", ", shortReviewers.stream().limit(10).toList())
                        + (shortReviewers.size() > 10 ? " and " + (shortReviewers.size() - 10) + " more" : "") + ".",
                "Lower the minimum loads of these reviewers by " + (required - filled) + " in total."));
        return true;
    }

    /** The keywords most common among the applications, as a hint of whom to invite. */
    private String expertise(List<Integer> applications) {
        Map<String, Long> counts = applications.stream()
                .flatMap(a -> p.problem.applications().get(a).keywords().stream())
                .collect(Collectors.groupingBy(String::strip, Collectors.counting()));
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> "'" + e.getKey() + "'").toList();
        return top.isEmpty() ? "their fields" : String.join(", ", top);
    }
}
