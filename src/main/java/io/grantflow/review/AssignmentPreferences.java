package io.grantflow.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grantflow.review.assignment.Pair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bids and pins of a call, read by the assigner: bids move a pair's affinity, pins force a pair in. */
@Repository
class AssignmentPreferences {

    private final JdbcClient jdbc;

    AssignmentPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Pair, Double> bids(String callId) {
        Map<Pair, Double> bids = new HashMap<>();
        jdbc.sql("SELECT application_id, reviewer_id, bid FROM assignment_preference WHERE call_id = ? AND bid IS NOT NULL")
                .param(callId)
                .query(rs -> {
                    bids.put(new Pair(rs.getString(1), rs.getString(2)), rs.getBigDecimal(3).doubleValue());
                });
        return bids;
    }

    Map<String, Double> bidsOf(String callId, String reviewerId) {
        Map<String, Double> bids = new HashMap<>();
        jdbc.sql("SELECT application_id, bid FROM assignment_preference WHERE call_id = ? AND reviewer_id = ? AND bid IS NOT NULL")
                .params(callId, reviewerId)
                .query(rs -> {
                    bids.put(rs.getString(1), rs.getBigDecimal(2).doubleValue());
                });
        return bids;
    }

    Set<Pair> pins(String callId) {
        Set<Pair> pins = new HashSet<>();
        jdbc.sql("SELECT application_id, reviewer_id FROM assignment_preference WHERE call_id = ? AND pinned")
                .param(callId)
                .query(rs -> {
                    pins.add(new Pair(rs.getString(1), rs.getString(2)));
                });
        return pins;
    }

    void bid(String callId, String applicationId, String reviewerId, BigDecimal bid) {
        int updated = jdbc.sql("UPDATE assignment_preference SET bid = ? WHERE application_id = ? AND reviewer_id = ?")
                .params(bid, applicationId, reviewerId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO assignment_preference (call_id, application_id, reviewer_id, bid, pinned) VALUES (?, ?, ?, ?, FALSE)")
                    .params(callId, applicationId, reviewerId, bid).update();
        }
    }

    /** Replaces every pin of the call; bids stay. */
    void replacePins(String callId, List<Pair> pins) {
        jdbc.sql("UPDATE assignment_preference SET pinned = FALSE WHERE call_id = ?").param(callId).update();
        for (Pair pin : pins) {
            int updated = jdbc.sql("UPDATE assignment_preference SET pinned = TRUE WHERE application_id = ? AND reviewer_id = ?")
                    .params(pin.applicationId(), pin.reviewerId()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO assignment_preference (call_id, application_id, reviewer_id, pinned) VALUES (?, ?, ?, TRUE)")
                        .params(callId, pin.applicationId(), pin.reviewerId()).update();
            }
        }
    }
}
