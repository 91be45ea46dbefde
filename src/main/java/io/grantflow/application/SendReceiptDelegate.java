package io.grantflow.application;

import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Acknowledges receipt of an application to its applicant. */
@Component("sendReceiptDelegate")
class SendReceiptDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final String baseUrl;

    SendReceiptDelegate(ApplicationService applications, CallService calls, UserDirectory users,
                        NotificationService notifications, @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application a = applications.get((String) execution.getVariable("applicationId"));
        Call call = calls.get(a.callId());
        Contact applicant = users.contact(a.applicantId());
        notifications.send("receipt", applicant, Map.of(
                "name", applicant.name(),
                "title", a.title(),
                "callTitle", call.title(),
                "submittedAt", a.submittedAt().atZone(Call.FUNDER_ZONE),
                "link", baseUrl + "/portal/applications/" + a.id()), a.id());
    }
}
