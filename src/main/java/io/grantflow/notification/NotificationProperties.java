package io.grantflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender address and how messages are delivered: the waits between attempts (retryCycle, see
 * {@link RetrySchedule}), how many messages go over one SMTP connection (batchSize), how long a node holds the
 * messages it took before another node may take them (lockDuration: longer than any batch can last), and whether
 * this node runs a delivery thread that looks for due messages every pollInterval and at once after each new one.
 */
@ConfigurationProperties("grantflow.notification")
public record NotificationProperties(String from,
                                     String retryCycle,
                                     @DefaultValue("50") int batchSize,
                                     @DefaultValue("PT10M") Duration lockDuration,
                                     @DefaultValue("true") boolean deliveryThread,
                                     @DefaultValue("PT5S") Duration pollInterval) {
}
