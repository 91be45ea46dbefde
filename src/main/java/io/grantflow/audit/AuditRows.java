package io.grantflow.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_trail table: rows are only ever added. */
@Repository
class AuditRows {

    /** A change as stored, before names are looked up. */
    record Row(String actor, OffsetDateTime at, String action, String from, String to) {
    }

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ManagerChange change) {
        jdbc.sql("""
                INSERT INTO audit_trail (call_id, actor, action, from_value, to_value, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(change.callId(), change.actor(), change.action(), change.from(), change.to(),
                        change.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Newest first; changes of one instant in the reverse order they were made. */
    List<Row> ofCall(String callId) {
        return jdbc.sql("""
                SELECT actor, changed_at, action, from_value, to_value FROM audit_trail
                WHERE call_id = ? ORDER BY changed_at DESC, id DESC""")
                .param(callId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
