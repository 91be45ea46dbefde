package io.grantflow.reply;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reply windows of calls and the applicants' replies. */
@Repository
class ReplyRepository {

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the call's window, or opens it again from now where a retried job had opened it before. */
    void openWindow(String callId, Instant openedAt, Instant closesAt) {
        jdbc.sql("DELETE FROM reply_window WHERE call_id = ?").param(callId).update();
        jdbc.sql("INSERT INTO reply_window (call_id, opened_at, closes_at) VALUES (?, ?, ?)")
                .params(callId, utc(openedAt), utc(closesAt)).update();
    }

    Optional<Instant> windowClosesAt(String callId) {
        return jdbc.sql("SELECT closes_at FROM reply_window WHERE call_id = ?").param(callId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** Stores the reply; false where the application has one already (a second click, another tab). */
    boolean insert(Reply reply) {
        return jdbc.sql("INSERT INTO applicant_reply (application_id, call_id, text, sent_at) SELECT ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM applicant_reply WHERE application_id = ?)")
                .params(reply.applicationId(), reply.callId(), reply.text(), utc(reply.sentAt()), reply.applicationId())
                .update() == 1;
    }

    Optional<Reply> of(String applicationId) {
        return jdbc.sql("SELECT application_id, call_id, text, sent_at FROM applicant_reply WHERE application_id = ?")
                .param(applicationId).query((rs, n) -> new Reply(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).optional();
    }

    List<String> applicationsWithReply(String callId) {
        return jdbc.sql("SELECT application_id FROM applicant_reply WHERE call_id = ?").param(callId).query(String.class).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
