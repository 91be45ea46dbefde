package io.grantflow.irp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.grantflow.application.ProposalDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tranches, annual reports and the mid-term decision of IRP projects. */
@Repository
class ProjectYearRepository {

    private final JdbcClient jdbc;

    ProjectYearRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertTranche(String applicationId, int year, BigDecimal amount, Instant at) {
        jdbc.sql("INSERT INTO irp_tranche (application_id, project_year, amount_eur, released_at) VALUES (?, ?, ?, ?)")
                .params(applicationId, year, amount, at.atOffset(ZoneOffset.UTC)).update();
    }

    List<Tranche> tranches(String applicationId) {
        return jdbc.sql("SELECT project_year, amount_eur, released_at FROM irp_tranche WHERE application_id = ? ORDER BY project_year")
                .param(applicationId)
                .query((rs, n) -> new Tranche(rs.getInt(1), rs.getBigDecimal(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    void insertReport(String id, String applicationId, int year, String fileName, byte[] content, Instant at) {
        jdbc.sql("""
                INSERT INTO irp_annual_report (id, application_id, project_year, file_name, content, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, applicationId, year, fileName, content, at.atOffset(ZoneOffset.UTC)).update();
    }

    void reviewLatestReport(String applicationId, int year, boolean approved, String comment, String managerId, Instant at) {
        jdbc.sql("""
                UPDATE irp_annual_report SET approved = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?
                WHERE id = (SELECT id FROM irp_annual_report WHERE application_id = ? AND project_year = ?
                            ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY)""")
                .params(approved, comment, managerId, at.atOffset(ZoneOffset.UTC), applicationId, year).update();
    }

    void insertMidTerm(String applicationId, boolean continued, String reason, String managerId, Instant at) {
        jdbc.sql("INSERT INTO irp_mid_term (application_id, continued, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                .params(applicationId, continued, reason, managerId, at.atOffset(ZoneOffset.UTC)).update();
    }

    /** The latest report of each year, in year order. */
    List<AnnualReport> latestReports(String applicationId) {
        return jdbc.sql("""
                SELECT r.project_year, r.file_name, r.submitted_at, r.approved FROM irp_annual_report r
                WHERE r.application_id = ? AND r.submitted_at = (SELECT MAX(l.submitted_at) FROM irp_annual_report l
                                                                 WHERE l.application_id = r.application_id AND l.project_year = r.project_year)
                ORDER BY r.project_year""")
                .param(applicationId)
                .query((rs, n) -> new AnnualReport(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        (Boolean) rs.getObject(4)))
                .list();
    }

    Optional<ProposalDocument> latestReport(String applicationId, int year) {
        return jdbc.sql("""
                SELECT file_name, content FROM irp_annual_report WHERE application_id = ? AND project_year = ?
                ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY""")
                .params(applicationId, year)
                .query((rs, n) -> new ProposalDocument(rs.getString(1), "application/pdf", rs.getBytes(2)))
                .optional();
    }
}
