package io.grantflow.review;

import java.util.List;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.CallService;
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

    private final ReviewerAssignmentService assignments;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    ReviewPanel(ReviewerAssignmentService assignments, RuntimeService runtime, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.runtime = runtime;
        this.events = events;
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
        events.publishEvent(new ManagerChange(callId, managerId, "panel", ids(before), ids(reviewerIds), CallService.now()));
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
