package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import io.grantflow.application.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's read model: aggregates over the application, decision and notification tables, one GROUP BY
 * each, so that a call of 10,000 applications costs a few index scans rather than 10,000 reads. The counts of the
 * cases the retention purge deleted (retained_count, retained_message_count) are added in, so that a past call's
 * figures stay the same once its cases are gone. Read only;
 * every write to these tables stays with the feature that owns them. A null call id means every call.
 */
@Repository
class DashboardQueries {

    /** The reminder and escalation messages the dashboard counts. */
    static final List<String> REMINDER_TEMPLATES = List.of("review-reminder", "review-late", "final-report-reminder",
            "final-report-overdue");

    record StatusRow(String callId, ApplicationStatus status, long count, BigDecimal requestedEur) {
    }

    record AmountRow(String callId, BigDecimal amountEur) {
    }

    record ReminderRow(String callId, String template, long sent, long notSent) {
    }

    record DecisionRow(int rank, String applicationId, String title, String applicantId, boolean funded, BigDecimal amountEur,
                       BigDecimal meanScore, String decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusRow> statusCounts(String callId) {
        return forCall(callId, """
                SELECT call_id, status, SUM(n) AS n, SUM(requested) AS requested FROM (
                    SELECT call_id, status, COUNT(*) AS n, SUM(budget_eur) AS requested
                    FROM application
                    WHERE %s
                    GROUP BY call_id, status
                    UNION ALL
                    SELECT call_id, status, SUM(applications), SUM(requested_eur)
                    FROM retained_count
                    WHERE %s
                    GROUP BY call_id, status) t
                GROUP BY call_id, status""", "call_id")
                .query((rs, i) -> new StatusRow(rs.getString("call_id"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getLong("n"), rs.getBigDecimal("requested")))
                .list();
    }

    /** Funded decisions whose award still stands (a lapsed award gives its money back to the envelope). */
    List<AmountRow> awarded(String callId) {
        return forCall(callId, """
                SELECT call_id, SUM(awarded) AS awarded FROM (
                    SELECT d.call_id, SUM(d.amount_eur) AS awarded
                    FROM decision d JOIN application a ON a.id = d.application_id
                    WHERE d.funded AND a.status <> 'LAPSED' AND %s
                    GROUP BY d.call_id
                    UNION ALL
                    SELECT d.call_id, SUM(d.awarded_eur)
                    FROM retained_count d
                    WHERE %s
                    GROUP BY d.call_id) t
                GROUP BY call_id""", "d.call_id")
                .query((rs, i) -> new AmountRow(rs.getString("call_id"), rs.getBigDecimal("awarded")))
                .list();
    }

    /** A message about one of the call's applications that the mail server refused for good, with its reply. */
    record RefusedMessage(String recipientEmail, String subject, String reply, java.time.Instant createdAt) {
    }

    /** The call's refused messages, newest first (at most 100: a page, not an export). */
    List<RefusedMessage> refusedMessages(String callId) {
        return jdbc.sql("""
                SELECT n.recipient_email, n.subject, n.last_error, n.created_at
                FROM notification n JOIN application a ON a.id = n.reference_id
                WHERE a.call_id = ? AND n.status = 'FAILED'
                ORDER BY n.created_at DESC LIMIT 100""")
                .param(callId)
                .query((rs, i) -> new RefusedMessage(rs.getString("recipient_email"), rs.getString("subject"),
                        rs.getString("last_error"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Messages refer to their application (reference_id), which names the call. */
    List<ReminderRow> reminders(String callId) {
        return forCall(callId, """
                SELECT call_id, template, SUM(sent) AS sent, SUM(not_sent) AS not_sent FROM (
                    SELECT a.call_id, n.template,
                           SUM(CASE WHEN n.status = 'SENT' THEN 1 ELSE 0 END) AS sent,
                           SUM(CASE WHEN n.status = 'SENT' THEN 0 ELSE 1 END) AS not_sent
                    FROM notification n JOIN application a ON a.id = n.reference_id
                    WHERE n.template IN (:templates) AND %s
                    GROUP BY a.call_id, n.template
                    UNION ALL
                    SELECT a.call_id, a.template, SUM(a.sent), SUM(a.not_sent)
                    FROM retained_message_count a
                    WHERE a.template IN (:templates) AND %s
                    GROUP BY a.call_id, a.template) t
                GROUP BY call_id, template""", "a.call_id")
                .param("templates", REMINDER_TEMPLATES)
                .query((rs, i) -> new ReminderRow(rs.getString("call_id"), rs.getString("template"), rs.getLong("sent"),
                        rs.getLong("not_sent")))
                .list();
    }

    /**
     * The query for one call, or for every call when callId is null, its condition put in place of each %s. Two
     * statements rather than "(:call IS NULL OR call_id = :call)", which PostgreSQL's generic plans cannot answer
     * from the index.
     */
    private JdbcClient.StatementSpec forCall(String callId, String sql, String column) {
        return callId == null
                ? jdbc.sql(sql.replace("%s", "1 = 1"))
                : jdbc.sql(sql.replace("%s", column + " = :call")).param("call", callId);
    }

    List<StageApplication> applications(String callId, Collection<ApplicationStatus> statuses, int limit) {
        return jdbc.sql("""
                SELECT id, title, applicant_id, status, budget_eur, submitted_at
                FROM application
                WHERE call_id = :call AND status IN (:statuses)
                ORDER BY submitted_at, id
                LIMIT :limit""")
                .param("call", callId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query((rs, i) -> new StageApplication(rs.getString("id"), rs.getString("title"), rs.getString("applicant_id"),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_eur"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    List<DecisionRow> decisions(String callId) {
        return jdbc.sql("""
                SELECT d.ranking, d.application_id, a.title, a.applicant_id, d.funded, d.amount_eur, d.mean_score,
                       d.decided_by, d.decided_at
                FROM decision d JOIN application a ON a.id = d.application_id
                WHERE d.call_id = ?
                ORDER BY d.ranking""")
                .param(callId)
                .query((rs, i) -> new DecisionRow(rs.getInt("ranking"), rs.getString("application_id"), rs.getString("title"),
                        rs.getString("applicant_id"), rs.getBoolean("funded"), rs.getBigDecimal("amount_eur"),
                        rs.getBigDecimal("mean_score"), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
