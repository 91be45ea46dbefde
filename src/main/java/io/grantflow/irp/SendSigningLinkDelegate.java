package io.grantflow.irp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.identity.Contact;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Emails a partner's lead a fresh signing link (template in the input parameter "letter"): the first
 * invitation, then the reminder, whose new link replaces the first. Partners abroad read English.
 */
@Component("sendSigningLinkDelegate")
class SendSigningLinkDelegate implements JavaDelegate {

    private final AgreementService agreements;
    private final ApplicationService applications;
    private final NotificationService notifications;
    private final String baseUrl;

    SendSigningLinkDelegate(AgreementService agreements, ApplicationService applications, NotificationService notifications,
                            @Value("${grantflow.base-url}") String baseUrl) {
        this.agreements = agreements;
        this.applications = applications;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        int position = ((Number) execution.getVariable("partnerPosition")).intValue();
        Application a = applications.get(applicationId);
        Partner partner = a.partners().get(position);
        AgreementService.SigningLink link = agreements.issueLink(applicationId, position);
        Map<String, Object> model = new HashMap<>();
        model.put("name", partner.leadName());
        model.put("institution", partner.institution());
        model.put("title", a.title());
        model.put("link", baseUrl + "/agreement/sign/" + link.token());
        model.put("agreementLink", baseUrl + "/agreement/sign/" + link.token() + "/agreement.pdf");
        model.put("expiresAt", link.expiresAt().atZone(Call.FUNDER_ZONE));
        notifications.send((String) execution.getVariableLocal("letter"),
                new Contact(null, partner.leadName(), partner.email(), Locale.ENGLISH), model, applicationId);
    }
}
