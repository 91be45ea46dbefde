package io.grantflow.retention;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds a case to the anonymised counts before it is deleted, in the same transaction: per call, status and year of
 * submission its application, budget and awarded amount; per call and template its messages, sent or not. The
 * figures are those the dashboard computes from the rows, so that its totals are the same after the purge.
 */
@Repository
class RetainedCounts {

    private final JdbcClient jdbc;

    RetainedCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String applicationId) {
        Map<String, Object> a = jdbc.sql("""
                SELECT a.call_id, a.status, a.budget_eur,
                       (SELECT COALESCE(SUM(d.amount_eur), 0) FROM decision d
                        WHERE d.application_id = a.id AND d.funded AND a.status <> 'LAPSED') AS awarded
                FROM application a WHERE a.id = ?""").param(applicationId).query().singleRow();
        String callId = (String) a.get("call_id");
        int year = jdbc.sql("SELECT submitted_at FROM application WHERE id = ?").param(applicationId)
                .query(OffsetDateTime.class).single().atZoneSameInstant(Call.FUNDER_ZONE).getYear();
        BigDecimal requested = (BigDecimal) a.get("budget_eur");
        BigDecimal awarded = (BigDecimal) a.get("awarded");
        int updated = jdbc.sql("""
                UPDATE retained_count SET applications = applications + 1, requested_eur = requested_eur + ?,
                awarded_eur = awarded_eur + ? WHERE call_id = ? AND status = ? AND submitted_year = ?""")
                .params(requested, awarded, callId, a.get("status"), year).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO retained_count (call_id, status, submitted_year, applications, requested_eur, awarded_eur)
                    VALUES (?, ?, ?, 1, ?, ?)""").params(callId, a.get("status"), year, requested, awarded).update();
        }
        jdbc.sql("""
                SELECT template, SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END) AS sent,
                       SUM(CASE WHEN status = 'SENT' THEN 0 ELSE 1 END) AS not_sent
                FROM notification WHERE reference_id = ? GROUP BY template""").param(applicationId).query().listOfRows()
                .forEach(m -> addMessages(callId, (String) m.get("template"), ((Number) m.get("sent")).longValue(),
                        ((Number) m.get("not_sent")).longValue()));
    }

    /** A prize edition's messages (about the edition, its nominations, candidates and offers), before they are deleted. */
    void addMessagesAbout(String callId, List<String> references) {
        jdbc.sql("""
                SELECT template, SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END) AS sent,
                       SUM(CASE WHEN status = 'SENT' THEN 0 ELSE 1 END) AS not_sent
                FROM notification WHERE reference_id IN (:refs) GROUP BY template""").param("refs", references).query().listOfRows()
                .forEach(m -> addMessages(callId, (String) m.get("template"), ((Number) m.get("sent")).longValue(),
                        ((Number) m.get("not_sent")).longValue()));
    }

    private void addMessages(String callId, String template, long sent, long notSent) {
        int updated = jdbc.sql("""
                UPDATE retained_message_count SET sent = sent + ?, not_sent = not_sent + ? WHERE call_id = ? AND template = ?""")
                .params(sent, notSent, callId, template).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO retained_message_count (call_id, template, sent, not_sent) VALUES (?, ?, ?, ?)")
                    .params(callId, template, sent, notSent).update();
        }
    }
}
