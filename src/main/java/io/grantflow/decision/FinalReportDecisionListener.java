package io.grantflow.decision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** When a manager approves the final report or asks for changes; a request for changes needs a comment. */
@Component("finalReportDecisionListener")
class FinalReportDecisionListener implements TaskListener {

    private final AwardService awards;
    private final IdentityService identity;

    FinalReportDecisionListener(AwardService awards, IdentityService identity) {
        this.awards = awards;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = Boolean.TRUE.equals(task.getVariable("approveReport"));
        Object comment = task.getVariable("reportComment");
        if (!approved && (comment == null || comment.toString().isBlank())) {
            throw new IllegalArgumentException("Say what the applicant should change in the report");
        }
        Authentication current = identity.getCurrentAuthentication();
        String managerId = current != null ? current.getUserId() : task.getAssignee();
        awards.reviewFinalReport((String) task.getVariable("applicationId"), approved, comment == null ? null : comment.toString(),
                managerId == null ? "unknown" : managerId);
        task.setVariable("approveReport", approved);
    }
}
