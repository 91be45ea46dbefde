package io.grantflow.eligibility;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of the manager's eligibility review: keeps the decision, its reason and who took it.
 * A missing reason refuses the completion, so Tasklist shows the error and the task stays open.
 */
@Component("eligibilityDecisionListener")
class EligibilityDecisionListener implements TaskListener {

    private final EligibilityService eligibility;
    private final IdentityService identity;

    EligibilityDecisionListener(EligibilityService eligibility, IdentityService identity) {
        this.eligibility = eligibility;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean override = Boolean.TRUE.equals(task.getVariable("override"));
        Object reason = task.getVariable("decisionReason");
        Authentication current = identity.getCurrentAuthentication();
        String decidedBy = current != null ? current.getUserId() : task.getAssignee();
        eligibility.decide((String) task.getVariable("applicationId"), override, reason == null ? null : reason.toString(),
                decidedBy == null ? "unknown" : decidedBy);
        task.setVariable("override", override);
    }
}
