package io.grantflow.irp;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The manager signs for the funder; completing the task without ticking "signed" is refused. */
@Component("funderSignatureListener")
class FunderSignatureListener implements TaskListener {

    private final AgreementService agreements;
    private final IdentityService identity;

    FunderSignatureListener(AgreementService agreements, IdentityService identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("agreementSigned"))) {
            throw new IllegalArgumentException("Tick 'signed' once the funder has signed the agreement");
        }
        Authentication current = identity.getCurrentAuthentication();
        String managerId = current != null ? current.getUserId() : task.getAssignee();
        agreements.funderSigns((String) task.getVariable("applicationId"), managerId == null ? "unknown" : managerId);
    }
}
