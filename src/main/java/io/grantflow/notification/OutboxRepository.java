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

    /** Marks a pending message (at: when it was sent, null when held); false if it was not pending any more (already delivered by someone else). */
    boolean mark(String id, NotificationStatus status, Instant at) {
        return jdbc.sql("UPDATE notification SET status = ?, sent_at = ? WHERE id = ? AND status = 'PENDING'")
                .params(status.name(), at == null ? null : at.atOffset(ZoneOffset.UTC), id)
                .update() == 1;
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
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant());
    }
}
