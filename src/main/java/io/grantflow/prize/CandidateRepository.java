package io.grantflow.prize;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.names.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Candidates, the nominations that name them, and their documents. */
@Repository
class CandidateRepository {

    private final JdbcClient jdbc;

    CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Candidate c, Instant at) {
        jdbc.sql("""
                INSERT INTO prize_candidate (id, call_id, name, name_key, institution, institution_key, country, field, email,
                    language, status, possible_duplicate_of, created_at)
                VALUES (:id, :callId, :name, :nameKey, :institution, :institutionKey, :country, :field, :email,
                    :language, :status, :dup, :at)""")
                .param("id", c.id()).param("callId", c.callId())
                .param("name", c.name()).param("nameKey", NameKey.of(c.name()))
                .param("institution", c.institution()).param("institutionKey", NameKey.of(c.institution()))
                .param("country", c.country()).param("field", c.field()).param("email", c.email())
                .param("language", c.language()).param("status", c.status().name()).param("dup", c.possibleDuplicateOf())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<Candidate> find(String id) {
        return jdbc.sql("SELECT * FROM prize_candidate WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Candidates still standing (not merged) with the same normalised name. */
    List<Candidate> sameName(String callId, String name) {
        return jdbc.sql("SELECT * FROM prize_candidate WHERE call_id = :c AND name_key = :k AND status <> 'MERGED' ORDER BY created_at")
                .param("c", callId).param("k", NameKey.of(name)).query(this::map).list();
    }

    List<Candidate> standing(String callId) {
        return jdbc.sql("SELECT * FROM prize_candidate WHERE call_id = :c AND status <> 'MERGED' ORDER BY name_key, created_at")
                .param("c", callId).query(this::map).list();
    }

    /** Candidates whose match with an earlier one a manager has not confirmed or refused yet. */
    long unconfirmedMatches(String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM prize_candidate WHERE call_id = :c AND status <> 'MERGED' AND possible_duplicate_of IS NOT NULL")
                .param("c", callId).query(Long.class).single();
    }

    void setProcessInstance(String candidateId, String processInstanceId) {
        jdbc.sql("UPDATE prize_candidate SET process_instance_id = :p WHERE id = :id").param("p", processInstanceId).param("id", candidateId).update();
    }

    void setStatus(String candidateId, CandidateStatus status) {
        jdbc.sql("UPDATE prize_candidate SET status = :s WHERE id = :id").param("s", status.name()).param("id", candidateId).update();
    }

    void clearPossibleDuplicate(String candidateId) {
        jdbc.sql("UPDATE prize_candidate SET possible_duplicate_of = NULL WHERE id = :id").param("id", candidateId).update();
    }

    /** The nominations of {@code from} now support {@code into}; {@code from} stays, marked merged. */
    void merge(String from, String into) {
        jdbc.sql("UPDATE prize_nomination SET candidate_id = :into WHERE candidate_id = :from").param("into", into).param("from", from).update();
        jdbc.sql("UPDATE prize_candidate SET status = 'MERGED', merged_into = :into, possible_duplicate_of = NULL WHERE id = :from")
                .param("into", into).param("from", from).update();
    }

    boolean hasNominated(String callId, String nominatorId) {
        return jdbc.sql("SELECT COUNT(*) FROM prize_nomination WHERE call_id = :c AND nominator_id = :n")
                .param("c", callId).param("n", nominatorId).query(Integer.class).single() > 0;
    }

    void insertNomination(String id, String callId, String candidateId, String nominatorId, String statement, Instant at) {
        jdbc.sql("""
                INSERT INTO prize_nomination (id, call_id, candidate_id, nominator_id, statement, submitted_at)
                VALUES (:id, :c, :cand, :n, :s, :at)""")
                .param("id", id).param("c", callId).param("cand", candidateId).param("n", nominatorId)
                .param("s", statement).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void insertDocument(String nominationId, String kind, String fileName, byte[] content) {
        jdbc.sql("""
                INSERT INTO prize_document (id, nomination_id, kind, file_name, size_bytes, content)
                VALUES (:id, :n, :k, :f, :size, :content)""")
                .param("id", UUID.randomUUID().toString()).param("n", nominationId).param("k", kind).param("f", fileName)
                .param("size", (long) content.length).param("content", content).update();
    }

    record Document(String fileName, byte[] content) {
    }

    /** The candidate's CVs, one per nomination, oldest first. */
    List<Document> cvsOf(String candidateId) {
        return jdbc.sql("""
                SELECT d.file_name, d.content FROM prize_document d JOIN prize_nomination n ON n.id = d.nomination_id
                WHERE n.candidate_id = :c AND d.kind = 'CV' ORDER BY n.submitted_at""")
                .param("c", candidateId)
                .query((rs, i) -> new Document(rs.getString("file_name"), rs.getBytes("content"))).list();
    }

    /** Who nominated a candidate: never shown to the jury. */
    List<String> nominatorsOf(String candidateId) {
        return jdbc.sql("SELECT nominator_id FROM prize_nomination WHERE candidate_id = :c ORDER BY submitted_at")
                .param("c", candidateId).query(String.class).list();
    }

    List<String> nominatorsOfEdition(String callId) {
        return jdbc.sql("SELECT nominator_id FROM prize_nomination WHERE call_id = :c ORDER BY submitted_at")
                .param("c", callId).query(String.class).list();
    }

    private Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getString("id"), rs.getString("call_id"), rs.getString("name"), rs.getString("institution"),
                rs.getString("country"), rs.getString("field"), rs.getString("email"), rs.getString("language"),
                CandidateStatus.valueOf(rs.getString("status")), rs.getString("possible_duplicate_of"));
    }
}
