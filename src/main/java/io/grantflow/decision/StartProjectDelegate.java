package io.grantflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The award is accepted: the project runs; its end and the report's due date drive the timers that follow. */
@Component("startProjectDelegate")
class StartProjectDelegate implements JavaDelegate {

    private final AwardService awards;

    StartProjectDelegate(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AwardService.ProjectDates dates = awards.startProject((String) execution.getVariable("applicationId"));
        execution.setVariable("projectEndsAt", dates.projectEndsAt().toString());
        execution.setVariable("reportDueAt", dates.reportDueAt().toString());
        execution.setVariable("reportReminderAt", dates.reportReminderAt().toString());
    }
}
