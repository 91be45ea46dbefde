package io.grantflow.irp;

import java.util.HashMap;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.CallService;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the managers about an IRP project that needs them (a partner who has not signed, a late annual report). */
@Component("irpManagerNoticeDelegate")
class IrpManagerNoticeDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final NotificationService notifications;

    IrpManagerNoticeDelegate(ApplicationService applications, CallService calls, NotificationService notifications) {
        this.applications = applications;
        this.calls = calls;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application a = applications.get((String) execution.getVariable("applicationId"));
        Map<String, Object> model = new HashMap<>();
        model.put("title", a.title());
        model.put("callTitle", calls.get(a.callId()).title());
        model.put("applicantId", a.applicantId());
        model.put("year", execution.getVariable("year"));
        Object position = execution.getVariable("partnerPosition");
        model.put("institution", position == null ? null : a.partners().get(((Number) position).intValue()).institution());
        notifications.sendToManagers((String) execution.getVariableLocal("notice"), model, a.id());
    }
}
