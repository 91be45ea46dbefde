package io.grantflow.review;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every reviewer has answered: the application is reviewed. */
@Component("finishRoundDelegate")
class FinishRoundDelegate implements JavaDelegate {

    private final ApplicationService applications;

    FinishRoundDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.updateStatus((String) execution.getVariable("applicationId"), ApplicationStatus.REVIEWED);
    }
}
