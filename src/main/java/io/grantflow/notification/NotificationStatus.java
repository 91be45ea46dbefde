package io.grantflow.notification;

/**
 * PENDING until delivered (a failed attempt is retried on the schedule, lastError says why); SENT once the mail
 * server took it; FAILED when the server refused it for good (an SMTP 5xx reply, kept in lastError, never retried);
 * HELD when no mail server is configured.
 */
public enum NotificationStatus { PENDING, SENT, FAILED, HELD }
