package io.grantflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the process reaches "Award lapsed", the application says so too. */
@Component("awardLapsedListener")
class AwardLapsedListener implements ExecutionListener {

    private final AwardService awards;

    AwardLapsedListener(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public void notify(DelegateExecution execution) {
        awards.lapse((String) execution.getVariable("applicationId"));
    }
}
