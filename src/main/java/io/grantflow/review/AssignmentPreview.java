package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.assignment.Affinity;
import io.grantflow.review.assignment.AssignmentResult;
import io.grantflow.review.assignment.Pair;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment the assigner proposes for a call's eligible applications before anyone is invited, computed by the
 * same inputs and solver the closing uses ({@link ReviewerAssignmentService#propose}), so that what a manager reads
 * is what the closing invites if nothing changes meanwhile; and the manager's corrections: a pair pinned in, a pair
 * removed (never proposed again for this call), a removed pair given back.
 */
@Service
public class AssignmentPreview {

    /** A reviewer the assigner proposes, with the affinity and the terms behind it. */
    public record Proposed(String reviewerId, String name, double affinity, List<String> terms, List<String> keywords,
                           boolean pinned) {
    }

    /** A reviewer of the panel who may not review the application, and why (a rule, and a detail for some). */
    public record Conflicted(String reviewerId, String name, String rule, String detail, String year, String with) {
    }

    public record ApplicationPlan(String applicationId, String title, List<String> keywords, List<Proposed> reviewers,
                                  List<Conflicted> conflicts) {
    }

    /** A pin refused because the reviewer may not review the application: the rule, and its detail for some. */
    public static class PairInConflict extends InvalidInputException {

        private final Conflicted conflict;

        PairInConflict(Conflicted conflict) {
            super("reviewerId", "may not review this application: " + conflict.rule());
            this.conflict = conflict;
        }

        public Conflicted conflict() {
            return conflict;
        }
    }

    /** A reviewer's proposed load against his or her maximum. */
    public record Load(String reviewerId, String name, int proposed, int max) {
    }

    /** A reviewer a manager may pin to an application: on the panel, not in conflict, not proposed already. */
    public record Choice(String reviewerId, String name) {
    }

    /**
     * The preview: {@code invited} when reviewers are invited already (nothing to preview any more); {@code reasons}
     * say, in the page's language, why no assignment covers the applications (empty when one does).
     */
    public record Preview(boolean invited, boolean feasible, List<ApplicationPlan> applications, List<Load> loads,
                          List<String> reasons, Map<String, List<Choice>> pinChoices) {
    }

    private final ReviewerAssignmentService assignments;
    private final AssignmentPreferences preferences;
    private final AssignmentPreferenceService pins;
    private final PairExclusions removed;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final BlockedAssignmentText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentPreview(ReviewerAssignmentService assignments, AssignmentPreferences preferences, AssignmentPreferenceService pins,
                      PairExclusions removed, ApplicationService applications, CallService calls, UserDirectory users,
                      BlockedAssignmentText text, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.preferences = preferences;
        this.pins = pins;
        this.removed = removed;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preview of(String callId, Locale language) {
        Call call = calls.get(callId);
        if (!assignments.assignmentsOfCall(callId).isEmpty()) {
            return new Preview(true, true, List.of(), List.of(), List.of(), Map.of());
        }
        List<Application> apps = eligible(callId);
        List<ReviewerProfile> panel = assignments.panel(callId);
        Map<String, String> names = new HashMap<>();
        panel.forEach(r -> names.put(r.userId(), users.contact(r.userId()).name()));
        AssignmentResult result = apps.isEmpty() ? null : assignments.propose(call, apps);
        AssignmentResult.Assigned assigned = result instanceof AssignmentResult.Assigned a ? a : null;
        Map<String, List<Conflicted>> conflicts = new HashMap<>();
        for (ReviewerAssignmentService.Conflict c : assignments.conflicts(call, apps)) {
            conflicts.computeIfAbsent(c.applicationId(), k -> new ArrayList<>())
                    .add(new Conflicted(c.reviewerId(), names.get(c.reviewerId()), c.rule(), c.detail(), c.year(), c.with()));
        }
        List<ApplicationPlan> plans = new ArrayList<>();
        Map<String, List<Choice>> choices = new HashMap<>();
        for (Application a : apps) {
            List<Proposed> proposed = assigned == null ? List.of() : assigned.reviewersOf(a.id()).stream()
                    .map(x -> proposed(x, names, a.keywords())).toList();
            List<Conflicted> blocked = conflicts.getOrDefault(a.id(), List.of());
            plans.add(new ApplicationPlan(a.id(), a.title(), a.keywords(), proposed, blocked));
            Set<String> taken = new HashSet<>();
            proposed.forEach(p -> taken.add(p.reviewerId()));
            blocked.forEach(b -> taken.add(b.reviewerId()));
            choices.put(a.id(), panel.stream().filter(r -> !taken.contains(r.userId()))
                    .map(r -> new Choice(r.userId(), names.get(r.userId()))).toList());
        }
        List<Load> loads = panel.stream().map(r -> new Load(r.userId(), names.get(r.userId()),
                assigned == null ? 0 : assigned.loads().getOrDefault(r.userId(), 0), r.maxLoad())).toList();
        List<String> reasons = result instanceof AssignmentResult.Infeasible infeasible
                ? text.reasons(call, new CallAssignment(Map.of(), apps.stream().map(Application::id).toList(), infeasible.reasons()), language)
                : List.of();
        return new Preview(false, result == null || result.feasible(), plans, loads, reasons, choices);
    }

    /** Pins the pair into the assignment, beside the call's other pins; a pair in conflict is refused with why. */
    @Transactional
    public void pin(String callId, String applicationId, String reviewerId, String managerId) {
        Call call = calls.get(callId);
        requirePair(call, applicationId, reviewerId);
        Set<Pair> after = new HashSet<>(preferences.pins(callId));
        if (after.add(new Pair(applicationId, reviewerId))) {
            replacePins(callId, after, managerId);
        }
    }

    /** Takes the pair out of the assignment for good (and out of the pins); a second click changes nothing. */
    @Transactional
    public void removePair(String callId, String applicationId, String reviewerId, String managerId) {
        Call call = calls.get(callId);
        requireOpen(callId);
        requireEligibleAndOnPanel(callId, applicationId, reviewerId);
        Set<Pair> kept = new HashSet<>(preferences.pins(callId));
        if (kept.remove(new Pair(applicationId, reviewerId))) {
            replacePins(callId, kept, managerId);
        }
        if (removed.add(callId, applicationId, reviewerId, managerId, clock.instant())) {
            events.publishEvent(new ManagerChange(call.id(), managerId, "pairRemoved", "", pairText(applicationId, reviewerId), clock.instant()));
        }
    }

    /** Gives a removed pair back to the assigner. */
    @Transactional
    public void restorePair(String callId, String applicationId, String reviewerId, String managerId) {
        calls.get(callId);
        requireOpen(callId);
        if (removed.remove(callId, applicationId, reviewerId)) {
            events.publishEvent(new ManagerChange(callId, managerId, "pairRestored", "", pairText(applicationId, reviewerId), clock.instant()));
        }
    }

    /** Through the pins' own service, which checks them and audits each pin added or removed. */
    private void replacePins(String callId, Set<Pair> pairs, String managerId) {
        pins.pin(callId, pairs.stream().map(p -> new AssignmentPreferenceService.Pin(p.applicationId(), p.reviewerId())).toList(),
                managerId);
    }

    private void requirePair(Call call, String applicationId, String reviewerId) {
        requireOpen(call.id());
        requireEligibleAndOnPanel(call.id(), applicationId, reviewerId);
        Application a = applications.get(applicationId);
        assignments.conflicts(call, List.of(a)).stream().filter(c -> c.reviewerId().equals(reviewerId)).findFirst()
                .ifPresent(c -> {
                    throw new PairInConflict(new Conflicted(c.reviewerId(), null, c.rule(), c.detail(), c.year(), c.with()));
                });
    }

    private void requireEligibleAndOnPanel(String callId, String applicationId, String reviewerId) {
        if (eligible(callId).stream().noneMatch(a -> a.id().equals(applicationId))) {
            throw new InvalidInputException("applicationId", "is not an eligible application of this call");
        }
        if (assignments.panel(callId).stream().noneMatch(r -> r.userId().equals(reviewerId))) {
            throw new InvalidInputException("reviewerId", "is not a reviewer of this call's panel");
        }
    }

    private void requireOpen(String callId) {
        if (!assignments.assignmentsOfCall(callId).isEmpty()) {
            throw new ConflictException("callId", "The reviewers of this call are already invited");
        }
    }

    /** Eligible, or past the closing and waiting for a manager to release the assignment (no one is invited then). */
    private List<Application> eligible(String callId) {
        return applications.ofCall(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE || a.status() == ApplicationStatus.UNDER_REVIEW).toList();
    }

    /** The shared keywords as the applicant wrote them, not as the analysis stems them ("photonics", not "photon"). */
    private Proposed proposed(Affinity x, Map<String, String> names, List<String> keywords) {
        List<String> shared = keywords.stream().filter(k -> x.keywords().stream()
                .anyMatch(stem -> k.toLowerCase(Locale.ROOT).startsWith(stem))).toList();
        return new Proposed(x.reviewerId(), names.get(x.reviewerId()), x.value(),
                x.terms().stream().limit(6).map(Affinity.MatchedTerm::term).toList(), shared.isEmpty() ? x.keywords() : shared,
                x.pinned());
    }

    private String pairText(String applicationId, String reviewerId) {
        return applications.get(applicationId).title() + " – " + reviewerId;
    }
}
