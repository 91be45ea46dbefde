package io.grantflow.application;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ApplicationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Application a, String idempotencyKey) {
        jdbc.sql("""
                INSERT INTO application (id, call_id, applicant_id, title, abstract_text, keywords, budget_eur, duration_months,
                    phd_date, unit_code, status, idempotency_key, submitted_at)
                VALUES (:id, :callId, :applicantId, :title, :abstractText, :keywords, :budget, :duration,
                    :phdDate, :unitCode, :status, :idempotencyKey, :submittedAt)""")
                .param("id", a.id())
                .param("callId", a.callId())
                .param("applicantId", a.applicantId())
                .param("title", a.title())
                .param("abstractText", a.abstractText())
                .param("keywords", write(a.keywords()))
                .param("budget", a.budgetEur())
                .param("duration", a.durationMonths())
                .param("phdDate", a.phdDate())
                .param("unitCode", a.unitCode())
                .param("status", a.status().name())
                .param("idempotencyKey", idempotencyKey)
                .param("submittedAt", a.submittedAt().atOffset(ZoneOffset.UTC))
                .update();
        for (int i = 0; i < a.partners().size(); i++) {
            Partner p = a.partners().get(i);
            jdbc.sql("""
                    INSERT INTO application_partner (application_id, position, institution, country, lead_name, email)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(a.id(), i, p.institution(), p.country(), p.leadName(), p.email())
                    .update();
        }
        for (int i = 0; i < a.exclusions().size(); i++) {
            jdbc.sql("INSERT INTO application_exclusion (application_id, position, name) VALUES (?, ?, ?)")
                    .params(a.id(), i, a.exclusions().get(i))
                    .update();
        }
    }

    void insertDocument(String applicationId, String kind, String fileName, byte[] content) {
        jdbc.sql("""
                INSERT INTO application_document (id, application_id, kind, file_name, content_type, size_bytes, sha256, content)
                VALUES (?, ?, ?, ?, 'application/pdf', ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), applicationId, kind, fileName, content.length, sha256(content), content)
                .update();
    }

    void setApplicantOrcid(String applicationId, String orcid) {
        jdbc.sql("UPDATE application SET applicant_orcid = ? WHERE id = ?").params(orcid, applicationId).update();
    }

    void insertPublications(String applicationId, List<ApplicantWork> works) {
        for (int i = 0; i < works.size(); i++) {
            ApplicantWork w = works.get(i);
            String authors;
            try {
                authors = json.writeValueAsString(w.authors());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            jdbc.sql("INSERT INTO application_publication (application_id, position, title, pub_year, doi, authors) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(applicationId, i, w.title(), w.year(), w.doi(), authors).update();
        }
    }

    /** The applicants' own works of a call's applications that have a list, by application id, in one query. */
    Map<String, List<ApplicantWork>> applicantWorks(String callId) {
        Map<String, List<ApplicantWork>> byApplication = new HashMap<>();
        com.fasterxml.jackson.databind.JavaType authorList = json.getTypeFactory()
                .constructCollectionType(List.class, ApplicantWork.Author.class);
        jdbc.sql("""
                SELECT p.application_id, p.title, p.pub_year, p.doi, p.authors FROM application_publication p
                JOIN application a ON a.id = p.application_id WHERE a.call_id = ? ORDER BY p.application_id, p.position""")
                .param(callId).query(rs -> {
                    List<ApplicantWork.Author> authors;
                    try {
                        authors = json.readValue(rs.getString(5), authorList);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("Unreadable authors of a work of " + rs.getString(1), e);
                    }
                    int year = rs.getInt(3);
                    byApplication.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new ApplicantWork(rs.getString(2), rs.wasNull() ? null : year, rs.getString(4), authors));
                });
        return byApplication;
    }

    /** The applicants' ORCID iDs of a call's applications that give one, by application id, in one query. */
    Map<String, String> applicantOrcids(String callId) {
        Map<String, String> byApplication = new HashMap<>();
        jdbc.sql("SELECT id, applicant_orcid FROM application WHERE call_id = ? AND applicant_orcid IS NOT NULL").param(callId)
                .query(rs -> {
                    byApplication.put(rs.getString(1), rs.getString(2));
                });
        return byApplication;
    }

    void setProcessInstance(String applicationId, String processInstanceId) {
        jdbc.sql("UPDATE application SET process_instance_id = ? WHERE id = ?").params(processInstanceId, applicationId).update();
    }

    void setStatus(String applicationId, ApplicationStatus status) {
        jdbc.sql("UPDATE application SET status = ? WHERE id = ?").params(status.name(), applicationId).update();
    }

    ApplicationStatus status(String id) {
        return ApplicationStatus.valueOf(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single());
    }

    Optional<Application> find(String id) {
        return jdbc.sql("SELECT * FROM application WHERE id = ?").param(id).query(this::map).optional();
    }

    Optional<Application> findByIdempotencyKey(String applicantId, String key) {
        return jdbc.sql("SELECT * FROM application WHERE applicant_id = ? AND idempotency_key = ?")
                .params(applicantId, key).query(this::map).optional();
    }

    boolean existsForApplicant(String callId, String applicantId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE call_id = ? AND applicant_id = ?")
                .params(callId, applicantId).query(Long.class).single() > 0;
    }

    List<Application> findByApplicant(String applicantId) {
        return jdbc.sql("SELECT * FROM application WHERE applicant_id = ? ORDER BY submitted_at DESC")
                .param(applicantId).query(this::map).list();
    }

    /** The applications with the user among their co-applicants (table co_applicant, kept by CoApplicants). */
    List<Application> findByCoApplicant(String userId) {
        return jdbc.sql("SELECT * FROM application WHERE id IN (SELECT application_id FROM co_applicant WHERE user_id = ?) ORDER BY submitted_at DESC")
                .param(userId).query(this::map).list();
    }

    boolean isCoApplicant(String applicationId, String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM co_applicant WHERE application_id = ? AND user_id = ?")
                .params(applicationId, userId).query(Long.class).single() > 0;
    }

    List<Application> findByCall(String callId) {
        return jdbc.sql("SELECT * FROM application WHERE call_id = ? ORDER BY submitted_at")
                .param(callId).query(this::map).list();
    }

    Optional<ProposalDocument> findDocument(String applicationId, String kind) {
        return jdbc.sql("SELECT file_name, content_type, content FROM application_document WHERE application_id = ? AND kind = ?")
                .params(applicationId, kind)
                .query((rs, n) -> new ProposalDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private List<Partner> partners(String applicationId) {
        return jdbc.sql("SELECT * FROM application_partner WHERE application_id = ? ORDER BY position")
                .param(applicationId)
                .query((rs, n) -> new Partner(rs.getString("institution"), rs.getString("country"),
                        rs.getString("lead_name"), rs.getString("email")))
                .list();
    }

    private List<String> exclusions(String applicationId) {
        return jdbc.sql("SELECT name FROM application_exclusion WHERE application_id = ? ORDER BY position")
                .param(applicationId).query(String.class).list();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        return new Application(
                id,
                rs.getString("call_id"),
                rs.getString("applicant_id"),
                rs.getString("title"),
                rs.getString("abstract_text"),
                read(rs.getString("keywords")),
                rs.getObject("budget_eur", BigDecimal.class),
                rs.getInt("duration_months"),
                rs.getObject("phd_date", LocalDate.class),
                rs.getString("unit_code"),
                partners(id),
                exclusions(id),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("process_instance_id"));
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored keywords are not valid JSON", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
