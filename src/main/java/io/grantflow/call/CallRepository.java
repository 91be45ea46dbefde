package io.grantflow.call;

import java.math.BigDecimal;
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
class CallRepository {

    private final JdbcClient jdbc;
    private final CallRulesJson rulesJson;

    CallRepository(JdbcClient jdbc, CallRulesJson rulesJson) {
        this.jdbc = jdbc;
        this.rulesJson = rulesJson;
    }

    void insert(Call call, String createdBy, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO grant_call (id, programme, title, opens_at, closes_at, envelope_eur, rules, created_by, created_at)
                VALUES (:id, :programme, :title, :opensAt, :closesAt, :envelope, :rules, :createdBy, :createdAt)""")
                .param("id", call.id())
                .param("programme", call.programme().name())
                .param("title", call.title())
                .param("opensAt", utc(call.opensAt()))
                .param("closesAt", utc(call.closesAt()))
                .param("envelope", call.envelopeEur())
                .param("rules", rulesJson.write(call.rules()))
                .param("createdBy", createdBy)
                .param("createdAt", utc(createdAt))
                .update();
    }

    void updateRules(String callId, CallRules rules) {
        jdbc.sql("UPDATE grant_call SET rules = :rules WHERE id = :id")
                .param("rules", rulesJson.write(rules))
                .param("id", callId)
                .update();
    }

    Optional<Call> find(String id) {
        return jdbc.sql("SELECT * FROM grant_call WHERE id = :id").param("id", id).query(this::map).optional();
    }

    List<Call> findAll() {
        return jdbc.sql("SELECT * FROM grant_call ORDER BY closes_at, title").query(this::map).list();
    }

    private Call map(ResultSet rs, int row) throws SQLException {
        Programme programme = Programme.valueOf(rs.getString("programme"));
        return new Call(
                rs.getString("id"),
                programme,
                rs.getString("title"),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(),
                rs.getObject("envelope_eur", BigDecimal.class),
                rulesJson.read(programme, rs.getString("rules")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
