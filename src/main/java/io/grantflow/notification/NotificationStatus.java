package io.grantflow.notification;

/** PENDING until delivered; SENT once the mail server took it; HELD when no mail server is configured. */
public enum NotificationStatus { PENDING, SENT, HELD }
