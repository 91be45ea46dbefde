package io.grantflow.eligibility;

import java.util.Locale;

import io.grantflow.process.TasklistLinks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluates the programme's eligibility table, as deployed with the calling application process; the gateway reads "eligible", the manager's review form the reasons. */
@Component("checkEligibilityDelegate")
class CheckEligibilityDelegate implements JavaDelegate {

    private final EligibilityService eligibility;

    CheckEligibilityDelegate(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        Verdict verdict = eligibility.check(applicationId, callersDeployment(execution));
        execution.setVariable("eligible", verdict.eligible());
        execution.setVariable("ineligibilityReasons", String.join(",", verdict.reasons().stream().map(Reason::code).toList()));
        // in English; the manager's review form has them in its reader's language (IneligibilityWording)
        execution.setVariable("ineligibilityExplained",
                String.join("\n", eligibility.explain(applicationId, verdict.reasons(), Locale.ENGLISH)));
        execution.setVariable("applicationLink", TasklistLinks.application(applicationId));
        execution.setVariable("proposalUrl", TasklistLinks.proposal(applicationId));
    }

    /** The deployment of the programme's application process that called this one, where the table lies beside it. */
    private static String callersDeployment(DelegateExecution execution) {
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        if (caller == null) {
            return null;
        }
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(caller.getProcessDefinitionId()).getDeploymentId();
    }
}
