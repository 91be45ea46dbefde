package io.grantflow.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.identity.UserDirectory;
import io.grantflow.review.assignment.InfeasibilityReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a call's reviewer assignment is blocked, in plain words and in one language: one line per kind of reason
 * the solver proved (with the applications by title and the reviewers by name), then what the panel itself
 * shows: the applicant's own exclusions, and panel members the assignment cannot choose for want of a profile.
 */
@Component
class BlockedAssignmentText {

    private final MessageSource messages;
    private final ApplicationService applications;
    private final UserDirectory users;
    private final ReviewerAssignmentService assignments;

    BlockedAssignmentText(MessageSource messages, ApplicationService applications, UserDirectory users,
                          ReviewerAssignmentService assignments) {
        this.messages = messages;
        this.applications = applications;
        this.users = users;
        this.assignments = assignments;
    }

    List<String> reasons(Call call, CallAssignment outcome, Locale language) {
        List<ReviewerProfile> panel = assignments.panel(call.id());
        List<String> lines = new ArrayList<>(solverReasons(call, outcome, panel.size(), language));
        for (String id : outcome.blockedIds()) {
            Application a = applications.get(id);
            List<String> excluded = panel.stream().filter(r -> excludedByApplicant(a, r)).map(ReviewerProfile::userId).toList();
            if (!excluded.isEmpty()) {
                lines.add(message(language, "assignment.blocked.exclusions", titles(List.of(id), language), names(excluded)));
            }
        }
        Set<String> named = new LinkedHashSet<>();
        outcome.reasons().forEach(r -> named.addAll(r.applicationIds()));
        List<String> waiting = outcome.blockedIds().stream().filter(id -> !named.contains(id)).toList();
        if (!named.isEmpty() && !waiting.isEmpty() && outcome.invited().isEmpty()) {
            // Every reason is about some applications: the others wait only for them.
            lines.add(message(language, "assignment.blocked.coverable", titles(waiting, language)));
        }
        List<String> withoutProfile = assignments.panelWithoutProfile(call.id());
        if (!withoutProfile.isEmpty()) {
            lines.add(message(language, "assignment.blocked.noProfile", names(withoutProfile)));
        }
        return lines;
    }

    /** The applications left without reviewers, by title, in one line. */
    String blockedLine(CallAssignment outcome, Locale language) {
        return message(language, "assignment.blocked.applications", titles(outcome.blockedIds(), language));
    }

    /** What the solver proved, one line per kind of reason; a reason about the call as a whole names every blocked application. */
    private List<String> solverReasons(Call call, CallAssignment outcome, int panelSize, Locale language) {
        int applicationCount = outcome.invited().size() + outcome.blockedIds().size();
        return byCode(outcome.reasons()).values().stream().map(r -> message(language, "assignment.blocked." + r.code(),
                titles(r.applicationIds().isEmpty() ? outcome.blockedIds() : r.applicationIds(), language),
                call.settings().integer("reviewersPerApplication"), names(r.reviewerIds()), applicationCount, panelSize)).toList();
    }

    private boolean excludedByApplicant(Application a, ReviewerProfile reviewer) {
        return "excluded by the applicant".equals(ConflictRules.conflict(a, reviewer, users.contact(reviewer.userId()).name()));
    }

    /** One reason per kind, with the applications and reviewers of every reason of that kind. */
    private static Map<InfeasibilityReason.Code, InfeasibilityReason> byCode(List<InfeasibilityReason> reasons) {
        Map<InfeasibilityReason.Code, Set<String>> apps = new LinkedHashMap<>();
        Map<InfeasibilityReason.Code, Set<String>> reviewers = new LinkedHashMap<>();
        for (InfeasibilityReason r : reasons) {
            apps.computeIfAbsent(r.code(), c -> new LinkedHashSet<>()).addAll(r.applicationIds());
            reviewers.computeIfAbsent(r.code(), c -> new LinkedHashSet<>()).addAll(r.reviewerIds());
        }
        Map<InfeasibilityReason.Code, InfeasibilityReason> merged = new LinkedHashMap<>();
        apps.forEach((code, ids) -> merged.put(code, new InfeasibilityReason(code, List.copyOf(ids),
                List.copyOf(reviewers.get(code)), "", "")));
        return merged;
    }

    private String titles(List<String> applicationIds, Locale language) {
        return String.join(", ", applicationIds.stream()
                .map(id -> message(language, "assignment.blocked.title", applications.get(id).title())).toList());
    }

    private String names(List<String> userIds) {
        return String.join(", ", userIds.stream().map(id -> users.contact(id).name()).toList());
    }

    private String message(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
