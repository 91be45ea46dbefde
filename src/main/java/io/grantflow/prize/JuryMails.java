package io.grantflow.prize;

import java.util.HashMap;
import java.util.Map;

import io.grantflow.call.CallService;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells a juror or the chair, in his or her language, that jury work waits in Tasklist. */
@Component
class JuryMails {

    private final NotificationService notifications;
    private final UserDirectory users;
    private final CallService calls;
    private final String tasklist;

    JuryMails(NotificationService notifications, UserDirectory users, CallService calls, @Value("${grantflow.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.users = users;
        this.calls = calls;
        this.tasklist = baseUrl + "/camunda/app/tasklist/";
    }

    void conflictsToDeclare(String callId, String jurorId) {
        send("prize-jury-conflicts", callId, jurorId, Map.of());
    }

    void scoresToGive(String callId, String jurorId, int candidates) {
        if (candidates > 0) {
            send("prize-jury-scores", callId, jurorId, Map.of("candidates", candidates));
        }
    }

    void laureateToChoose(String callId, String chairId) {
        send("prize-jury-laureate", callId, chairId, Map.of());
    }

    private void send(String template, String callId, String userId, Map<String, Object> extra) {
        Contact to = users.contact(userId);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("name", to.name());
        model.put("callTitle", calls.get(callId).title());
        model.put("tasklist", tasklist);
        notifications.send(template, to, model, callId);
    }
}
