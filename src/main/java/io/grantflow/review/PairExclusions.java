package io.grantflow.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application-reviewer pairs managers removed from a call's assignment, by application. */
@Repository
class PairExclusions {

    private final JdbcClient jdbc;

    PairExclusions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the pair was removed already (a second click). */
    boolean add(String callId, String applicationId, String reviewerId, String managerId, Instant at) {
        if (of(callId).getOrDefault(applicationId, Set.of()).contains(reviewerId)) {
            return false;
        }
        jdbc.sql("INSERT INTO assignment_exclusion (call_id, application_id, reviewer_id, excluded_by, excluded_at) VALUES (?, ?, ?, ?, ?)")
                .params(callId, applicationId, reviewerId, managerId, at.atOffset(ZoneOffset.UTC))
                .update();
        return true;
    }

    /** False when the pair was not removed. */
    boolean remove(String callId, String applicationId, String reviewerId) {
        return jdbc.sql("DELETE FROM assignment_exclusion WHERE call_id = ? AND application_id = ? AND reviewer_id = ?")
                .params(callId, applicationId, reviewerId).update() == 1;
    }

    Map<String, Set<String>> of(String callId) {
        Map<String, Set<String>> removed = new HashMap<>();
        jdbc.sql("SELECT application_id, reviewer_id FROM assignment_exclusion WHERE call_id = ?").param(callId)
                .query(rs -> {
                    removed.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return removed;
    }
}
