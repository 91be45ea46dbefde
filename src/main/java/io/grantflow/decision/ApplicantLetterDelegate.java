package io.grantflow.decision;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import io.grantflow.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A letter to the applicant from decision onwards; the input parameter "letter" names the template.
 * Decision letters quote the reviewers' comments for the applicant, never who wrote them.
 */
@Component("applicantLetterDelegate")
class ApplicantLetterDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final CallService calls;
    private final ReviewService reviews;
    private final FundingDecisionService decisions;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final String baseUrl;

    ApplicantLetterDelegate(ApplicationService applications, CallService calls, ReviewService reviews, FundingDecisionService decisions,
                            UserDirectory users, NotificationService notifications, @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.calls = calls;
        this.reviews = reviews;
        this.decisions = decisions;
        this.users = users;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application a = applications.get((String) execution.getVariable("applicationId"));
        Contact applicant = users.contact(a.applicantId());
        Map<String, Object> model = new HashMap<>();
        model.put("name", applicant.name());
        model.put("title", a.title());
        model.put("callTitle", calls.get(a.callId()).title());
        model.put("comments", reviews.commentsForApplicant(a.id()));
        model.put("amount", decisions.decisionOf(a.id()).map(d -> d.amountEur().toPlainString()).orElse(""));
        model.put("link", baseUrl + "/portal/applications/" + a.id());
        for (String date : new String[] {"acceptanceDeadline", "projectEndsAt", "reportDueAt"}) {
            Object iso = execution.getVariable(date);
            model.put(date, iso == null ? null : Instant.parse(iso.toString()).atZone(Call.FUNDER_ZONE));
        }
        notifications.send((String) execution.getVariableLocal("letter"), applicant, model, a.id());
    }
}
