package io.grantflow.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.process.FormValues;
import io.grantflow.identity.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call whose reviewer assignment is impossible goes to the programme managers instead of failing: they are told
 * why by mail, each in his or her language, and a task offers the fixes the product can carry out (a higher maximum
 * load per reviewer, more reviewers on the panel, another number of reviewers per application), then a retry of the
 * whole assignment or an assignment of the applications that can be covered, the others staying blocked.
 */
@Service
class BlockedAssignmentService {

    static final String RETRY = "retry";
    static final String COVER_WHAT_CAN = "coverWhatCan";
    static final int MAX_LOAD = 100;
    static final String TEMPLATE = "assignment-blocked";

    /** What the managers' task form shows and offers; the form is in English, like the others. */
    record FixForm(String explanation, int lowestMaxLoad, int reviewersPerApplication, List<Map<String, String>> reviewerOptions) {
    }

    /** The manager's answer, untyped as Tasklist sends it; a blank number changes nothing. */
    record Fixes(Object maxLoad, Object reviewersPerApplication, Object addReviewerIds, Object choice) {
    }

    private final ReviewerAssignmentService assignments;
    private final ReviewerService reviewers;
    private final CallService calls;
    private final ApplicationService applications;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final BlockedAssignmentText text;
    private final ReviewPanel reviewPanel;
    private final String baseUrl;

    BlockedAssignmentService(ReviewerAssignmentService assignments, ReviewerService reviewers, CallService calls,
                             ApplicationService applications, UserDirectory users, NotificationService notifications,
                             BlockedAssignmentText text, ReviewPanel reviewPanel, @Value("${grantflow.base-url}") String baseUrl) {
        this.assignments = assignments;
        this.reviewers = reviewers;
        this.calls = calls;
        this.applications = applications;
        this.users = users;
        this.notifications = notifications;
        this.text = text;
        this.reviewPanel = reviewPanel;
        this.baseUrl = baseUrl;
    }

    /** Assigns the call; when nobody could be invited, the managers are told why. */
    @Transactional
    CallAssignment assign(String callId, List<String> applicationIds, boolean coverWhatCan) {
        CallAssignment outcome = assignments.assignCall(callId, applicationIds, coverWhatCan);
        if (outcome.invited().isEmpty()) {
            tellManagers(calls.get(callId), outcome);
        }
        return outcome;
    }

    FixForm fixForm(String callId, CallAssignment outcome) {
        Call call = calls.get(callId);
        List<String> lines = text.reasons(call, outcome, Locale.ENGLISH);
        String explanation = text.blockedLine(outcome, Locale.ENGLISH) + "\n\nWhy:\n- " + String.join("\n- ", lines);
        List<ReviewerProfile> panel = assignments.panel(callId);
        Set<String> onPanel = panel.stream().map(ReviewerProfile::userId).collect(Collectors.toSet());
        List<Map<String, String>> options = reviewers.all().stream().filter(r -> !onPanel.contains(r.userId()))
                .map(r -> Map.of("value", r.userId(), "label", users.contact(r.userId()).name() + " (" + r.institution()
                        + ", " + r.country() + "; " + String.join(", ", r.expertise()) + ")"))
                .toList();
        int lowest = panel.stream().mapToInt(ReviewerProfile::maxLoad).min().orElse(1);
        return new FixForm(explanation, lowest, call.settings().integer("reviewersPerApplication"), options);
    }

    /**
     * Checks the manager's fixes and carries them out, all or nothing: a bad value refuses the task's completion with
     * its reason. Answers whether to assign only the applications that can be covered.
     */
    @Transactional
    boolean fix(String callId, Fixes fixes, String managerId) {
        Call call = calls.get(callId);
        List<FieldProblem> problems = new ArrayList<>();
        String choice = fixes.choice() == null ? "" : fixes.choice().toString();
        if (!RETRY.equals(choice) && !COVER_WHAT_CAN.equals(choice)) {
            problems.add(new FieldProblem("assignmentChoice",
                    "choose \"retry\" (assign every application) or \"coverWhatCan\" (assign now those that can be covered)"));
        }
        Integer load = whole("maxLoad", fixes.maxLoad(), problems);
        if (load != null && (load < 1 || load > MAX_LOAD)) {
            problems.add(new FieldProblem("maxLoad", "must be from 1 to " + MAX_LOAD + " applications per reviewer, not " + load));
        }
        List<String> members = assignments.panelMembers(callId);
        Set<String> onPanel = assignments.panel(callId).stream().map(ReviewerProfile::userId).collect(Collectors.toSet());
        List<String> added = added(fixes.addReviewerIds(), onPanel, members.isEmpty(), problems);
        int panelSize = onPanel.size() + added.size();
        Integer k = whole("reviewersPerApplication", fixes.reviewersPerApplication(), problems);
        if (k != null && k < 1) {
            problems.add(new FieldProblem("reviewersPerApplication", "must be at least 1"));
        } else if (k != null && k > panelSize) {
            problems.add(new FieldProblem("reviewersPerApplication", k + " reviewers per application is more than the "
                    + panelSize + " reviewers of the call's panel"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!added.isEmpty()) {
            List<String> enlarged = new ArrayList<>(members);
            enlarged.addAll(added);
            reviewPanel.replace(callId, enlarged, managerId);
        }
        if (load != null) {
            raiseLoads(callId, load);
        }
        if (k != null && k != call.settings().integer("reviewersPerApplication")) {
            calls.changeRules(callId, Map.of("reviewersPerApplication", k), managerId);
        }
        return COVER_WHAT_CAN.equals(choice);
    }

    /** Every reviewer of the panel takes at least this many applications; higher loads stay. */
    private void raiseLoads(String callId, int load) {
        for (ReviewerProfile r : assignments.panel(callId)) {
            if (r.maxLoad() < load) {
                reviewers.save(new ReviewerProfile(r.userId(), r.institution(), r.country(), r.expertise(), r.profile(), load));
            }
        }
    }

    private List<String> added(Object value, Set<String> onPanel, boolean everyReviewer, List<FieldProblem> problems) {
        List<String> ids;
        try {
            ids = FormValues.strings("addReviewerIds", value);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        Set<String> added = new LinkedHashSet<>();
        for (String id : ids) {
            if (reviewers.find(id).isEmpty()) {
                problems.add(new FieldProblem("addReviewerIds", id + " is not a reviewer with a profile"));
            } else if (onPanel.contains(id)) {
                problems.add(new FieldProblem("addReviewerIds", id + " is already on the call's panel"
                        + (everyReviewer ? " (the panel is every reviewer)" : "")));
            } else {
                added.add(id);
            }
        }
        return List.copyOf(added);
    }

    private static Integer whole(String field, Object value, List<FieldProblem> problems) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return FormValues.integer(field, value);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private void tellManagers(Call call, CallAssignment outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("callTitle", call.title());
        model.put("titles", outcome.blockedIds().stream().map(id -> applications.get(id).title()).toList());
        model.put("reasons", Map.of("en", text.reasons(call, outcome, Locale.ENGLISH),
                "fr", text.reasons(call, outcome, Locale.FRENCH)));
        model.put("tasklist", baseUrl + "/camunda/app/tasklist/");
        notifications.sendToManagers(TEMPLATE, model, call.id());
    }
}
