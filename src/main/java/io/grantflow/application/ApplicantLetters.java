package io.grantflow.application;

import java.util.HashMap;
import java.util.Map;

import io.grantflow.call.CallService;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Letters to an applicant about an application. Every one names the applicant, the application and its call,
 * and links to the application in the portal; a delegate adds its own values to the model and sends it.
 */
@Component
public class ApplicantLetters {

    /** A letter being written: the application, its applicant, and the model of the template. */
    public record Letter(Application application, Contact to, Map<String, Object> model) {
    }

    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final String baseUrl;

    ApplicantLetters(ApplicationService applications, CallService calls, UserDirectory users, NotificationService notifications,
                     @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** The letter about the application, with "name", "title", "callTitle" and "link" in its model. */
    public Letter about(String applicationId) {
        Application a = applications.get(applicationId);
        Contact applicant = users.contact(a.applicantId());
        Map<String, Object> model = new HashMap<>();
        model.put("name", applicant.name());
        model.put("title", a.title());
        model.put("callTitle", calls.get(a.callId()).title());
        model.put("link", baseUrl + "/portal/applications/" + a.id());
        return new Letter(a, applicant, model);
    }

    /** Sends the letter with the template, kept in the outbox under the application. */
    public void send(String template, Letter letter) {
        notifications.send(template, letter.to(), letter.model(), letter.application().id());
    }
}
