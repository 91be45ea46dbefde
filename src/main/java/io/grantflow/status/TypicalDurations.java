package io.grantflow.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a step usually takes: the median duration of the finished, not cancelled, instances of one activity
 * of one process (every version) in the engine's history. One aggregate over Camunda's history table
 * ACT_HI_ACTINST (the same schema on H2 and PostgreSQL): the history API would load every instance to sort
 * them. History time-to-live bounds how far back this looks.
 */
@Component
class TypicalDurations {

    /** ACT_INST_STATE_ 2 is a cancelled activity instance (interrupted by a boundary event or a cancellation). */
    private static final String MEDIAN = """
            SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_)
            FROM ACT_HI_ACTINST
            WHERE PROC_DEF_KEY_ = ? AND ACT_ID_ = ? AND END_TIME_ IS NOT NULL AND DURATION_ IS NOT NULL
              AND (ACT_INST_STATE_ IS NULL OR ACT_INST_STATE_ <> 2)""";

    private final JdbcClient jdbc;

    TypicalDurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Duration> median(String processDefinitionKey, String activityId) {
        return jdbc.sql(MEDIAN).params(processDefinitionKey, activityId)
                .query((rs, n) -> rs.getObject(1) == null ? null : Duration.ofMillis(Math.round(rs.getDouble(1))))
                .optional();
    }

    /** The typical time still to wait at a step open since {@code since}: the median minus the time spent, never below zero. */
    Optional<Duration> remaining(String processDefinitionKey, String activityId, Instant since, Instant now) {
        return median(processDefinitionKey, activityId)
                .map(median -> median.minus(Duration.between(since, now)))
                .map(left -> left.isNegative() ? Duration.ZERO : left);
    }
}
