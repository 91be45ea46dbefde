package io.grantflow.notification;

import java.time.Instant;

/** A message as kept in the outbox, with the delivery attempts made and the last failure, if any. */
public record Notification(String id, String template, String recipientId, String recipientEmail, String language,
                           String subject, String body, String referenceId, NotificationStatus status,
                           Instant createdAt, Instant sentAt, int attempts, String lastError) {
}
