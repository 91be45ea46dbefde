package io.grantflow.dashboard;

import io.grantflow.notification.NotificationService;
import io.grantflow.notification.NotificationStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grantflow's figures for Prometheus (/actuator/prometheus, managers and administrators). They are read from
 * the database and the engine at each scrape rather than counted in memory, so every node of a cluster reports
 * the same, true figure and a restart loses nothing; each read is one COUNT on an indexed or small table.
 */
@Component
class OperationsMetrics {

    OperationsMetrics(MeterRegistry registry, JdbcClient jdbc, RuntimeService runtime, NotificationService notifications) {
        FunctionCounter.builder("grantflow.submissions", jdbc, j -> count(j,
                        // the cases the retention purge deleted stay counted: a counter never goes down
                        "SELECT (SELECT COUNT(*) FROM application) + (SELECT COALESCE(SUM(applications), 0) FROM retained_count)"))
                .description("Applications submitted").register(registry);
        FunctionCounter.builder("grantflow.reviews", jdbc, j -> count(j, "SELECT COUNT(*) FROM review"))
                .description("Reviews submitted").register(registry);
        FunctionCounter.builder("grantflow.emails.sent", jdbc, j -> count(j,
                        "SELECT (SELECT COUNT(*) FROM notification WHERE status = 'SENT') + (SELECT COALESCE(SUM(sent), 0) FROM retained_message_count)"))
                .description("Messages the mail server accepted").register(registry);
        Gauge.builder("grantflow.emails.failed", jdbc,
                        j -> count(j, "SELECT COUNT(*) FROM notification WHERE status = 'PENDING' AND last_error IS NOT NULL"))
                .description("Messages whose last delivery attempt failed: retrying, or an incident once the retries ran out")
                .register(registry);
        Gauge.builder("grantflow.emails.refused", notifications, n -> n.count(NotificationStatus.FAILED))
                .description("Messages the mail server refused for good (5xx), never retried").register(registry);
        Gauge.builder("grantflow.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents in the process engine (Cockpit)").register(registry);
    }

    private static double count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
