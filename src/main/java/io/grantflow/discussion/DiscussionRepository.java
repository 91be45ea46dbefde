package io.grantflow.discussion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DiscussionRepository {

    /** An application's discussion: its end, a manager's choice of rapporteur, the consensus report once written. */
    record Row(String applicationId, Instant endsAt, String rapporteurId, boolean rapporteurChosen, String report,
               String reportBy, Instant reportAt) {
    }

    private final JdbcClient jdbc;

    DiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String applicationId) {
        return jdbc.sql("SELECT * FROM review_discussion WHERE application_id = ?").param(applicationId)
                .query((rs, n) -> new Row(rs.getString("application_id"), instant(rs.getObject("ends_at", OffsetDateTime.class)),
                        rs.getString("rapporteur_id"), rs.getBoolean("rapporteur_chosen"), rs.getString("report"),
                        rs.getString("report_by"), instant(rs.getObject("report_at", OffsetDateTime.class))))
                .optional();
    }

    void setEndsAt(String applicationId, Instant endsAt) {
        ensureRow(applicationId);
        jdbc.sql("UPDATE review_discussion SET ends_at = ? WHERE application_id = ?").params(utc(endsAt), applicationId).update();
    }

    /** A manager's choice: a reviewer, or null for the programme managers. */
    void chooseRapporteur(String applicationId, String rapporteurId) {
        ensureRow(applicationId);
        jdbc.sql("UPDATE review_discussion SET rapporteur_id = ?, rapporteur_chosen = TRUE WHERE application_id = ?")
                .params(rapporteurId, applicationId).update();
    }

    /** False when a report was already written (a second completion). */
    boolean writeReport(String applicationId, String report, String by, Instant at) {
        ensureRow(applicationId);
        return jdbc.sql("UPDATE review_discussion SET report = ?, report_by = ?, report_at = ? WHERE application_id = ? AND report IS NULL")
                .params(report, by, utc(at), applicationId).update() == 1;
    }

    private void ensureRow(String applicationId) {
        if (jdbc.sql("SELECT COUNT(*) FROM review_discussion WHERE application_id = ?").param(applicationId)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO review_discussion (application_id) VALUES (?)").param(applicationId).update();
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
