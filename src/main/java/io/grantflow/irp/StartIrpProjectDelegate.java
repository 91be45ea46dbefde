package io.grantflow.irp;

import java.time.Clock;

import io.grantflow.decision.AwardService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every party has signed: the project starts now; its years count from here, and its end sets the final report's dates. */
@Component("startIrpProjectDelegate")
class StartIrpProjectDelegate implements JavaDelegate {

    private final AwardService awards;
    private final Clock clock;

    StartIrpProjectDelegate(AwardService awards, Clock clock) {
        this.clock = clock;
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AwardService.ProjectDates dates = awards.startProject((String) execution.getVariable("applicationId"));
        execution.setVariable("projectStartedAt", clock.instant().toString());
        execution.setVariable("projectEndsAt", dates.projectEndsAt().toString());
        execution.setVariable("reportDueAt", dates.reportDueAt().toString());
        execution.setVariable("reportReminderAt", dates.reportReminderAt().toString());
        execution.setVariable("year", 0);
    }
}
