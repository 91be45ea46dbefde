package io.grantflow.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.grantflow.call.CallService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells each application's process its decision; a funded applicant has the call's acceptance period to accept. */
@Component("sendDecisionsDelegate")
class SendDecisionsDelegate implements JavaDelegate {

    private final FundingDecisionService decisions;
    private final CallService calls;
    private final RuntimeService runtime;

    SendDecisionsDelegate(FundingDecisionService decisions, CallService calls, RuntimeService runtime) {
        this.decisions = decisions;
        this.calls = calls;
        this.runtime = runtime;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        int acceptanceDays = calls.get((String) execution.getVariable("callId")).settings().integer("acceptanceDays");
        Instant deadline = CallService.now().plus(Duration.ofDays(acceptanceDays));
        for (String applicationId : (List<String>) execution.getVariable("applicationIds")) {
            decisions.decisionOf(applicationId).ifPresent(d -> runtime.createMessageCorrelation("Decision")
                    .processInstanceBusinessKey(applicationId)
                    .setVariable("funded", d.funded())
                    .setVariable("acceptanceDeadline", deadline.toString())
                    .correlateWithResult());
        }
    }
}
