package io.grantflow.call;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.grantflow.programme.Criterion;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Programmes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

    private final JdbcClient jdbc;
    private final CallSettingsJson settingsJson;
    private final CallCriteria criteria;
    private final Programmes programmes;

    CallRepository(JdbcClient jdbc, CallSettingsJson settingsJson, CallCriteria criteria, Programmes programmes) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.settingsJson = settingsJson;
        this.criteria = criteria;
    }

    void insert(Call call, String createdBy, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO grant_call (id, programme, title, opens_at, closes_at, envelope_eur, rules, criteria, created_by, created_at)
                VALUES (:id, :programme, :title, :opensAt, :closesAt, :envelope, :rules, :criteria, :createdBy, :createdAt)""")
                .param("id", call.id())
                .param("programme", call.programme())
                .param("title", call.title())
                .param("opensAt", utc(call.opensAt()))
                .param("closesAt", utc(call.closesAt()))
                .param("envelope", call.envelopeEur())
                .param("rules", settingsJson.write(call.settings()))
                .param("criteria", criteria.write(call.criteria()))
                .param("createdBy", createdBy)
                .param("createdAt", utc(createdAt))
                .update();
    }

    void updateSettings(String callId, CallSettings settings) {
        jdbc.sql("UPDATE grant_call SET rules = :rules WHERE id = :id")
                .param("rules", settingsJson.write(settings))
                .param("id", callId)
                .update();
    }

    void updateSchedule(String callId, String title, Instant opensAt, Instant closesAt, BigDecimal envelope) {
        jdbc.sql("UPDATE grant_call SET title = :title, opens_at = :opensAt, closes_at = :closesAt, envelope_eur = :envelope WHERE id = :id")
                .param("title", title)
                .param("opensAt", utc(opensAt))
                .param("closesAt", utc(closesAt))
                .param("envelope", envelope)
                .param("id", callId)
                .update();
    }

    void updateCriteria(String callId, List<Criterion> callCriteria) {
        jdbc.sql("UPDATE grant_call SET criteria = :criteria WHERE id = :id")
                .param("criteria", criteria.write(callCriteria))
                .param("id", callId)
                .update();
    }

    Optional<Call> find(String id) {
        return jdbc.sql("SELECT * FROM grant_call WHERE id = :id").param("id", id).query(this::map).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** Every call of a running programme; the calls of a programme refused at start are left out until it is mended. */
    List<Call> findAll() {
        return jdbc.sql("SELECT * FROM grant_call ORDER BY closes_at, title").query(this::map).list().stream()
                .filter(Objects::nonNull).toList();
    }

    private Call map(ResultSet rs, int row) throws SQLException {
        Optional<ProgrammeDefinition> programme = programmes.find(rs.getString("programme"));
        if (programme.isEmpty()) {
            return null;
        }
        return new Call(
                rs.getString("id"),
                programme.get().id(),
                rs.getString("title"),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(),
                rs.getObject("envelope_eur", BigDecimal.class),
                settingsJson.read(programme.get(), rs.getString("rules")),
                criteria.read(programme.get(), rs.getString("criteria")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
