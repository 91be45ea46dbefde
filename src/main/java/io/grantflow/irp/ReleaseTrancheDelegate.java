package io.grantflow.irp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Releases the year's tranche; the coordinator's letter quotes "trancheEur". */
@Component("releaseTrancheDelegate")
class ReleaseTrancheDelegate implements JavaDelegate {

    private final ProjectYearService years;

    ReleaseTrancheDelegate(ProjectYearService years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable("year")).intValue();
        execution.setVariable("trancheEur", years.releaseTranche((String) execution.getVariable("applicationId"), year).toPlainString());
    }
}
