package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.grantflow.application.ApplicationStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes applications of a call straight into the database, in the states a dashboard reads (no process
 * behind them): what the dashboard tests and the benchmark start from. Decided applications get their
 * decision row; funded ones the amount they asked for.
 */
public final class SeededApplications {

    private final JdbcTemplate jdbc;
    private final String callId;
    private final List<String> ids = new ArrayList<>();

    public SeededApplications(JdbcTemplate jdbc, String callId) {
        this.jdbc = jdbc;
        this.callId = callId;
    }

    /** Adds n applications in this status, each asking for budget EUR; returns their ids. */
    public List<String> add(ApplicationStatus status, int n, BigDecimal budget) {
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Instant now = Instant.now();
        boolean decided = Stage.DECIDED.statuses().contains(status);
        boolean funded = decided && status != ApplicationStatus.NOT_FUNDED;
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            added.add(id);
            applications.add(new Object[] {id, callId, "seed-" + id.substring(0, 8), "Seeded application " + (ids.size() + i),
                    "An application seeded for the dashboard.", "[\"seed\",\"dashboard\",\"funnel\"]", budget, 12, status.name(),
                    now.minusSeconds(86_400L + ids.size() + i).atOffset(ZoneOffset.UTC)});
            if (decided) {
                decisions.add(new Object[] {id, callId, funded, funded ? budget : BigDecimal.ZERO, ids.size() + i + 1,
                        new BigDecimal("3.500"), "seed", now.atOffset(ZoneOffset.UTC)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO application (id, call_id, applicant_id, title, abstract_text, keywords, budget_eur, duration_months,
                                         status, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", applications);
        jdbc.batchUpdate("""
                INSERT INTO decision (application_id, call_id, funded, amount_eur, ranking, mean_score, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", decisions);
        ids.addAll(added);
        return added;
    }

    /** A message about an application, as the outbox keeps it. */
    public void message(String applicationId, String template, String status) {
        jdbc.update("""
                INSERT INTO notification (id, template, recipient_id, recipient_email, language, subject, body, reference_id,
                                          status, created_at)
                VALUES (?, ?, 'someone', 'someone@test.grantflow.example', 'en', 'subject', 'body', ?, ?, ?)""",
                UUID.randomUUID().toString(), template, applicationId, status, Instant.now().atOffset(ZoneOffset.UTC));
    }
}
