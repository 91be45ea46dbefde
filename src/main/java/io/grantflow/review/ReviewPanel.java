package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.identity.UserDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's change to a call's panel, or anything else that frees reviewers for it. Review branches that found
 * nobody wait for it (message {@value #PANEL_CHANGED} in review-round.bpmn): each one is woken in turn, so a
 * reviewer added late is invited at once wherever a reviewer is missing, within his or her load.
 */
@Service
public class ReviewPanel {

    static final String PANEL_CHANGED = "review-panel-changed";

    /**
     * A user of the reviewers group as a panel offers him or her: the profile is empty for a reviewer who has none,
     * whom the assignment never chooses.
     */
    public record Candidate(String userId, String name, ReviewerProfile profile, boolean onPanel) {

        public boolean assignable() {
            return profile != null;
        }
    }

    private final ReviewerAssignmentService assignments;
    private final ReviewerService reviewers;
    private final UserDirectory users;
    private final CallService calls;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewPanel(ReviewerAssignmentService assignments, ReviewerService reviewers, UserDirectory users, CallService calls,
                RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.reviewers = reviewers;
        this.users = users;
        this.calls = calls;
        this.assignments = assignments;
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * Every user of the reviewers group, and any member of the call's panel who left it, by name; an unknown call is
     * not found.
     */
    public List<Candidate> candidates(String callId) {
        calls.get(callId);
        Set<String> members = new HashSet<>(assignments.panelMembers(callId));
        Set<String> ids = new LinkedHashSet<>(users.membersOf(Groups.REVIEWERS));
        ids.addAll(members);
        List<Candidate> candidates = new ArrayList<>();
        for (String id : ids) {
            String name = users.exists(id) ? users.contact(id).name() : id;
            candidates.add(new Candidate(id, name, reviewers.find(id).orElse(null), members.contains(id)));
        }
        candidates.sort(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Candidate::userId));
        return candidates;
    }

    /** The ids a panel cannot hold, each once: no reviewer profile (the assignment could never choose them). */
    public List<String> refused(List<String> reviewerIds) {
        return reviewerIds.stream().distinct().filter(id -> id == null || reviewers.find(id).isEmpty()).toList();
    }

    @Transactional
    public void set(String callId, List<String> reviewerIds, String managerId) {
        replace(callId, reviewerIds, managerId);
        wakeWaitingRounds(callId);
    }

    /** The panel replaced, and the audit trail told the reviewer ids before and after (none: every reviewer). */
    void replace(String callId, List<String> reviewerIds, String managerId) {
        List<String> before = assignments.panelMembers(callId);
        assignments.setPanel(callId, reviewerIds);
        events.publishEvent(new ManagerChange(callId, managerId, "panel", ids(before), ids(reviewerIds), clock.instant()));
    }

    private static String ids(List<String> reviewerIds) {
        return String.join(", ", reviewerIds.stream().sorted().toList());
    }

    /** Whenever more reviewers may have become free for the call: its waiting branches look again. */
    void wakeWaitingRounds(String callId) {
        List<Execution> waiting = runtime.createExecutionQuery()
                .processDefinitionKey("review-round")
                .messageEventSubscriptionName(PANEL_CHANGED)
                .processVariableValueEquals("callId", callId)
                .list();
        for (Execution branch : waiting) {
            runtime.messageEventReceived(PANEL_CHANGED, branch.getId());
        }
    }
}
