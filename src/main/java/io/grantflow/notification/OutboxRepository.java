package io.grantflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notification n) {
        jdbc.sql("""
                INSERT INTO notification (id, template, recipient_id, recipient_email, language, subject, body, reference_id, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.id(), n.template(), n.recipientId(), n.recipientEmail(), n.language(), n.subject(), n.body(),
                        n.referenceId(), n.status().name(), n.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A pending message the mail server took; false if it was not pending any more. */
    boolean markSent(String id, Instant at) {
        return jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ? AND status = 'PENDING'")
                .params(at.atOffset(ZoneOffset.UTC), id)
                .update() == 1;
    }

    /** A pending message kept for the managers to read: no mail server is configured. */
    boolean markHeld(String id) {
        return jdbc.sql("UPDATE notification SET status = 'HELD' WHERE id = ? AND status = 'PENDING'").param(id).update() == 1;
    }

    /** A pending message the mail server refused for good, with its reply. */
    boolean markFailed(String id, String reply) {
        return jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ? AND status = 'PENDING'")
                .params(cut(reply), id)
                .update() == 1;
    }

    /** A failed attempt of a message that stays pending for its next try. */
    void recordAttemptFailed(String id, String error) {
        jdbc.sql("UPDATE notification SET attempts = attempts + 1, last_error = ? WHERE id = ? AND status = 'PENDING'")
                .params(cut(error), id)
                .update();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    long count(NotificationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE status = ?").param(status.name()).query(Long.class).single();
    }

    Optional<Notification> find(String id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Notification> find(String referenceId, NotificationStatus status, int limit) {
        return jdbc.sql("""
                SELECT * FROM notification
                WHERE (CAST(:ref AS VARCHAR(64)) IS NULL OR reference_id = :ref)
                  AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
                ORDER BY created_at DESC, id
                LIMIT :limit""")
                .param("ref", referenceId)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(this::map).list();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Notification(rs.getString("id"), rs.getString("template"), rs.getString("recipient_id"),
                rs.getString("recipient_email"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                rs.getString("reference_id"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"));
    }
}
