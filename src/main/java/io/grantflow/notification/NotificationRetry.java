package io.grantflow.notification;

import org.springframework.stereotype.Component;

/** Exposes the delivery retry cycle to the BPMN: ${notificationRetry.cycle}. */
@Component("notificationRetry")
public class NotificationRetry {

    private final NotificationProperties properties;

    NotificationRetry(NotificationProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.retryCycle();
    }
}
