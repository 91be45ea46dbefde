package io.grantflow.decision;

import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.CallService;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the programme managers about an award that needs them; the input parameter "notice" names the template. */
@Component("managerNoticeDelegate")
class ManagerNoticeDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final NotificationService notifications;

    ManagerNoticeDelegate(ApplicationService applications, CallService calls, NotificationService notifications) {
        this.applications = applications;
        this.calls = calls;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application a = applications.get((String) execution.getVariable("applicationId"));
        notifications.sendToManagers((String) execution.getVariableLocal("notice"),
                Map.of("title", a.title(), "callTitle", calls.get(a.callId()).title(), "applicantId", a.applicantId()), a.id());
    }
}
