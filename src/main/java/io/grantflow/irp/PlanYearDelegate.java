package io.grantflow.irp;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves to the next project year and sets the dates its timers and gateways read. */
@Component("planYearDelegate")
class PlanYearDelegate implements JavaDelegate {

    private final ProjectYearService years;

    PlanYearDelegate(ProjectYearService years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable("year")).intValue() + 1;
        ProjectYearService.YearPlan plan = years.plan((String) execution.getVariable("applicationId"),
                Instant.parse((String) execution.getVariable("projectStartedAt")), year);
        execution.setVariable("year", year);
        execution.setVariable("yearStartsAt", plan.startsAt().toString());
        execution.setVariable("annualReportDueAt", plan.reportDueAt().toString());
        execution.setVariable("annualReportReminderAt", plan.reportReminderAt().toString());
        execution.setVariable("midTerm", plan.midTerm());
        execution.setVariable("lastYear", plan.last());
    }
}
