package io.grantflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The sender address, and the retry cycle of a delivery (a Camunda time cycle such as R5/PT1M). */
@ConfigurationProperties("grantflow.notification")
public record NotificationProperties(String from, String retryCycle) {
}
