package io.grantflow.reply;

import java.time.Instant;

/** An applicant's reply to the anonymised reviews of the application: sent once, never edited. */
public record Reply(String applicationId, String callId, String text, Instant sentAt) {
}
