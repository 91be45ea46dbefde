package io.grantflow.eligibility;

import java.util.List;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes to the applicant about eligibility. The task's input parameter "letter" names the template:
 * "ineligible" lists every failed reason; "reinstated" gives the manager's override.
 */
@Component("sendEligibilityLetterDelegate")
class SendEligibilityLetterDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final EligibilityService eligibility;
    private final UserDirectory users;
    private final NotificationService notifications;

    SendEligibilityLetterDelegate(ApplicationService applications, CallService calls, EligibilityService eligibility,
                                  UserDirectory users, NotificationService notifications) {
        this.applications = applications;
        this.calls = calls;
        this.eligibility = eligibility;
        this.users = users;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariableLocal("letter");
        Application a = applications.get((String) execution.getVariable("applicationId"));
        Call call = calls.get(a.callId());
        Contact applicant = users.contact(a.applicantId());
        EligibilityRecord record = eligibility.recordOf(a.id()).orElseThrow();
        List<String> reasons = record.verdict().reasons().stream().map(r -> eligibility.explain(r, applicant.language())).toList();
        notifications.send(template, applicant, Map.of(
                "name", applicant.name(),
                "title", a.title(),
                "callTitle", call.title(),
                "reasons", reasons,
                "decisionReason", record.decisionReason() == null ? "" : record.decisionReason()), a.id());
    }
}
