package io.grantflow.application;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The call has closed: every eligible application goes under review (its process leaves "Call closed"),
 * and their ids become the collection of the review rounds.
 */
@Component("closeCallDelegate")
class CloseCallDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final RuntimeService runtime;

    CloseCallDelegate(ApplicationService applications, RuntimeService runtime) {
        this.applications = applications;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        List<String> eligible = applications.ofCall(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE)
                .map(Application::id)
                .toList();
        for (String id : eligible) {
            applications.updateStatus(id, ApplicationStatus.UNDER_REVIEW);
            runtime.createMessageCorrelation("CallClosed").processInstanceBusinessKey(id).correlateWithResult();
        }
        execution.setVariable("applicationIds", eligible);
    }
}
