package io.grantflow.review;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The review round's messages: to a reviewer (invitation, reminder, ended invitation) and to the programme managers. */
@Component
class ReviewMails {

    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final String baseUrl;

    ReviewMails(ApplicationService applications, CallService calls, UserDirectory users, NotificationService notifications,
                @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    void toReviewer(String template, String reviewerId, String applicationId, Instant dueAt) {
        Contact reviewer = users.contact(reviewerId);
        notifications.send(template, reviewer, model(reviewer, applicationId, dueAt, null), applicationId);
    }

    /** The review deadline passed, or a manager replaced the reviewer, and the task was withdrawn: the reviewer need do nothing. */
    void invitationEnded(ReviewAssignment ended) {
        toReviewer(ended.status() == AssignmentStatus.REPLACED ? "review-invitation-withdrawn" : "review-invitation-ended",
                ended.reviewerId(), ended.applicationId(), null);
    }

    void toManagers(String template, String applicationId, String reviewerId) {
        String reviewerName = reviewerId == null ? "" : users.contact(reviewerId).name();
        notifications.sendToManagers(template, model(null, applicationId, null, reviewerName), applicationId);
    }

    private Map<String, Object> model(Contact to, String applicationId, Instant dueAt, String reviewerName) {
        Application a = applications.get(applicationId);
        Call call = calls.get(a.callId());
        Map<String, Object> model = new HashMap<>();
        if (to != null) {
            model.put("name", to.name());
        }
        model.put("title", a.title());
        model.put("callTitle", call.title());
        model.put("tasklist", baseUrl + "/camunda/app/tasklist/");
        model.put("proposalUrl", baseUrl + "/portal/reviews/" + a.id() + "/proposal");
        model.put("dueAt", dueAt == null ? null : dueAt.atZone(Call.FUNDER_ZONE));
        model.put("reviewerName", reviewerName);
        return model;
    }
}
