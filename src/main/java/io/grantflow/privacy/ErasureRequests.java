package io.grantflow.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person asks for erasure; a programme manager confirms it (then {@link PersonalDataErasure} erases) or refuses
 * it with a reason the person reads. One open request per person: asking twice keeps the first.
 */
@Service
public class ErasureRequests {

    public enum Status { ASKED, ERASED, REFUSED }

    public record Request(String id, String userId, Instant askedAt, Status status, String decidedBy, Instant decidedAt,
                          String note) {
    }

    /** A request as a manager decides on it: with the applications whose processes still run. */
    public record Pending(Request request, List<String> stillRunning) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataErasure erasure;
    private final Clock clock;

    ErasureRequests(JdbcClient jdbc, PersonalDataErasure erasure, Clock clock) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Transactional
    public Request ask(String userId) {
        Optional<Request> open = latestOf(userId).filter(r -> r.status() == Status.ASKED);
        if (open.isPresent()) {
            return open.get();
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO erasure_request (id, user_id, asked_at, status) VALUES (?, ?, ?, 'ASKED')")
                .params(id, userId, utc(clock.instant())).update();
        return get(id);
    }

    public Optional<Request> latestOf(String userId) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE user_id = ? ORDER BY asked_at DESC").param(userId)
                .query(this::map).list().stream().findFirst();
    }

    public List<Pending> pending() {
        return jdbc.sql("SELECT * FROM erasure_request WHERE status = 'ASKED' ORDER BY asked_at").query(this::map).list()
                .stream().map(r -> new Pending(r, erasure.stillRunning(r.userId()))).toList();
    }

    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM erasure_request WHERE status = 'ASKED'").query(Long.class).single();
    }

    /** Erases the person; refused (409) while one of his or her applications still runs, or once decided. */
    @Transactional
    public void confirm(String requestId, String managerId) {
        Request request = open(requestId);
        List<String> running = erasure.stillRunning(request.userId());
        if (!running.isEmpty()) {
            throw new ConflictException("request", "applications still run: " + String.join("; ", running));
        }
        decide(requestId, Status.ERASED, managerId, null);
        erasure.erase(request.userId());
    }

    @Transactional
    public void refuse(String requestId, String managerId, String note) {
        open(requestId);
        decide(requestId, Status.REFUSED, managerId, note == null || note.isBlank() ? null : note.strip());
    }

    private Request open(String requestId) {
        Request request = get(requestId);
        if (request.status() != Status.ASKED) {
            throw new ConflictException("request", "was decided already: " + request.status().name().toLowerCase());
        }
        return request;
    }

    private void decide(String requestId, Status status, String managerId, String note) {
        jdbc.sql("UPDATE erasure_request SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?")
                .params(status.name(), managerId, utc(clock.instant()), note, requestId).update();
    }

    private Request get(String id) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("No erasure request " + id));
    }

    private Request map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new Request(rs.getString("id"), rs.getString("user_id"), rs.getObject("asked_at", OffsetDateTime.class).toInstant(),
                Status.valueOf(rs.getString("status")), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("note"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
