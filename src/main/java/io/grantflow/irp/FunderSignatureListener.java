package io.grantflow.irp;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The manager signs for the funder; completing the task without ticking "signed" is refused. */
@Component("funderSignatureListener")
class FunderSignatureListener implements TaskListener {

    private final AgreementService agreements;

    FunderSignatureListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("agreementSigned"))) {
            throw new IllegalArgumentException("Tick 'signed' once the funder has signed the agreement");
        }
        agreements.funderSigns((String) task.getVariable("applicationId"), FormValues.completedBy(task));
    }
}
