package io.grantflow.irp;

import io.grantflow.application.ApplicationService;
import io.grantflow.call.CallRules;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the agreement: one signing branch per partner, and the call's reminder and escalation delays for them. */
@Component("prepareAgreementDelegate")
class PrepareAgreementDelegate implements JavaDelegate {

    private final AgreementService agreements;
    private final ApplicationService applications;
    private final CallService calls;

    PrepareAgreementDelegate(AgreementService agreements, ApplicationService applications, CallService calls) {
        this.agreements = agreements;
        this.applications = applications;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        CallRules rules = calls.get(applications.get(applicationId).callId()).rules();
        execution.setVariable("partnerPositions", agreements.prepare(applicationId));
        execution.setVariable("signatureReminder", "P" + rules.signatureReminderDays() + "D");
        execution.setVariable("signatureEscalation", "P" + rules.signatureEscalationDays() + "D");
    }
}
