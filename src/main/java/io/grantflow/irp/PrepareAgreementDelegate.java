package io.grantflow.irp;

import io.grantflow.application.ApplicationService;
import io.grantflow.call.CallSettings;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Opens the agreement: its text, where the funder's task links to it, one signing branch per partner, and the call's reminder and escalation delays for them. */
@Component("prepareAgreementDelegate")
class PrepareAgreementDelegate implements JavaDelegate {

    private final AgreementService agreements;
    private final ApplicationService applications;
    private final CallService calls;
    private final String baseUrl;

    PrepareAgreementDelegate(AgreementService agreements, ApplicationService applications, CallService calls,
                             @Value("${grantflow.base-url}") String baseUrl) {
        this.agreements = agreements;
        this.baseUrl = baseUrl;
        this.applications = applications;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        CallSettings rules = calls.get(applications.get(applicationId).callId()).settings();
        execution.setVariable("partnerPositions", agreements.prepare(applicationId));
        execution.setVariable("applicationUrl", baseUrl + "/portal/applications/" + applicationId);
        execution.setVariable("agreementUrl", baseUrl + "/portal/applications/" + applicationId + "/agreement");
        execution.setVariable("signatureReminder", "P" + rules.integer("signatureReminderDays") + "D");
        execution.setVariable("signatureEscalation", "P" + rules.integer("signatureEscalationDays") + "D");
    }
}
