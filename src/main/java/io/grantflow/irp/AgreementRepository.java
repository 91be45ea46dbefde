package io.grantflow.irp;

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
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String applicationId, String signatory, String institution) {
        jdbc.sql("INSERT INTO irp_signature (application_id, signatory, institution) VALUES (?, ?, ?)")
                .params(applicationId, signatory, institution).update();
    }

    /** A new link replaces the previous one, which stops working. */
    void setToken(String applicationId, String signatory, String tokenHash, Instant expiresAt) {
        jdbc.sql("UPDATE irp_signature SET token_hash = ?, token_expires_at = ? WHERE application_id = ? AND signatory = ?")
                .params(tokenHash, utc(expiresAt), applicationId, signatory).update();
    }

    /** Marks the signature, once: false when it was already signed (a concurrent use of the same link). */
    boolean sign(String applicationId, String signatory, String signedBy, Instant at) {
        return jdbc.sql("""
                UPDATE irp_signature SET signed_at = ?, signed_by = ?
                WHERE application_id = ? AND signatory = ? AND signed_at IS NULL""")
                .params(utc(at), signedBy, applicationId, signatory).update() == 1;
    }

    Optional<Signature> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM irp_signature WHERE token_hash = ?").param(tokenHash).query(this::map).optional();
    }

    Optional<Signature> find(String applicationId, String signatory) {
        return jdbc.sql("SELECT * FROM irp_signature WHERE application_id = ? AND signatory = ?")
                .params(applicationId, signatory).query(this::map).optional();
    }

    List<Signature> findAll(String applicationId) {
        return jdbc.sql("SELECT * FROM irp_signature WHERE application_id = ? ORDER BY signatory")
                .param(applicationId).query(this::map).list();
    }

    void insertText(String applicationId, String textEn, String textFr, String sha256, Instant at) {
        jdbc.sql("INSERT INTO irp_agreement (application_id, text_en, text_fr, text_sha256, prepared_at) VALUES (?, ?, ?, ?, ?)")
                .params(applicationId, textEn, textFr, sha256, utc(at)).update();
    }

    Optional<AgreementDocument> findText(String applicationId) {
        return jdbc.sql("SELECT * FROM irp_agreement WHERE application_id = ?").param(applicationId)
                .query((rs, n) -> new AgreementDocument(rs.getString("application_id"), rs.getString("text_en"),
                        rs.getString("text_fr"), rs.getString("text_sha256"),
                        instant(rs.getObject("prepared_at", OffsetDateTime.class))))
                .optional();
    }

    private Signature map(ResultSet rs, int row) throws SQLException {
        return new Signature(rs.getString("application_id"), rs.getString("signatory"), rs.getString("institution"),
                instant(rs.getObject("token_expires_at", OffsetDateTime.class)),
                instant(rs.getObject("signed_at", OffsetDateTime.class)), rs.getString("signed_by"));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
