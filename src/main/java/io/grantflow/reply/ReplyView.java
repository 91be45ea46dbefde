package io.grantflow.reply;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the reply part of an application's page shows: null fields where they do not apply. {@code draft} and
 * {@code error} carry a refused reply back to its writer, the text kept as typed.
 */
public record ReplyView(String applicationId, List<ReplyService.AnonymousReview> reviews, ZonedDateTime closesAt,
                        boolean open, boolean mayWrite, boolean manager, int maxChars, Reply reply,
                        ZonedDateTime sentAt, String draft, String error) {

    ReplyView refused(String text, String message) {
        return new ReplyView(applicationId, reviews, closesAt, open, mayWrite, manager, maxChars, reply, sentAt, text, message);
    }
}
