package io.grantflow.irp;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A letter to the IRP coordinator about the project's years; the input parameter "letter" names the template. */
@Component("irpLetterDelegate")
class IrpLetterDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final String baseUrl;

    IrpLetterDelegate(ApplicationService applications, CallService calls, UserDirectory users, NotificationService notifications,
                      @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application a = applications.get((String) execution.getVariable("applicationId"));
        var coordinator = users.contact(a.applicantId());
        Map<String, Object> model = new HashMap<>();
        model.put("name", coordinator.name());
        model.put("title", a.title());
        model.put("callTitle", calls.get(a.callId()).title());
        model.put("link", baseUrl + "/portal/applications/" + a.id());
        model.put("year", execution.getVariable("year"));
        model.put("tranche", execution.getVariable("trancheEur"));
        model.put("comment", execution.getVariable("annualReportComment"));
        model.put("reason", execution.getVariable("midTermReason"));
        Object due = execution.getVariable("annualReportDueAt");
        model.put("annualReportDueAt", due == null ? null : Instant.parse(due.toString()).atZone(Call.FUNDER_ZONE));
        notifications.send((String) execution.getVariableLocal("letter"), coordinator, model, a.id());
    }
}
