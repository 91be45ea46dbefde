package io.grantflow.irp;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The mid-term evaluation continues or stops the project; either way the reason is kept. */
@Component("midTermDecisionListener")
class MidTermDecisionListener implements TaskListener {

    private final ProjectYearService years;

    MidTermDecisionListener(ProjectYearService years) {
        this.years = years;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("continueProject");
        Object reason = task.getVariable("midTermReason");
        if (decision == null || reason == null || reason.toString().isBlank()) {
            throw new IllegalArgumentException("Choose to continue or stop the project, and give the reason");
        }
        boolean continued = Boolean.TRUE.equals(decision) || "true".equals(decision.toString());
        years.decideMidTerm((String) task.getVariable("applicationId"), continued, reason.toString().trim(),
                FormValues.completedBy(task));
        task.setVariable("continueProject", continued);
    }
}
