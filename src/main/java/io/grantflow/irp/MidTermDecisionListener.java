package io.grantflow.irp;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The mid-term evaluation continues or stops the project; either way the reason is kept. */
@Component("midTermDecisionListener")
class MidTermDecisionListener implements TaskListener {

    private final ProjectYearService years;
    private final IdentityService identity;

    MidTermDecisionListener(ProjectYearService years, IdentityService identity) {
        this.years = years;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("continueProject");
        Object reason = task.getVariable("midTermReason");
        if (decision == null || reason == null || reason.toString().isBlank()) {
            throw new IllegalArgumentException("Choose to continue or stop the project, and give the reason");
        }
        boolean continued = Boolean.TRUE.equals(decision) || "true".equals(decision.toString());
        Authentication current = identity.getCurrentAuthentication();
        String managerId = current != null ? current.getUserId() : task.getAssignee();
        years.decideMidTerm((String) task.getVariable("applicationId"), continued, reason.toString().trim(),
                managerId == null ? "unknown" : managerId);
        task.setVariable("continueProject", continued);
    }
}
