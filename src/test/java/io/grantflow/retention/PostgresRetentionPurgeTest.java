package io.grantflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.dashboard.CallDashboard;
import io.grantflow.dashboard.DashboardService;
import io.grantflow.dashboard.SeededApplications;
import io.grantflow.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention purge's queries on PostgreSQL: ended cases and a closed call's draft deleted once, the dashboard's figures kept. */
class PostgresRetentionPurgeTest extends PostgresIntegrationTest {

    @Autowired RetentionPurge purge;
    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbcTemplate;

    @Test
    void endedCasesArePurgedOnceAndTheDashboardKeepsItsFiguresOnPostgresql() {
        Instant start = ClockUtil.getCurrentTime().toInstant();
        Call call = openFirstStepCall();
        SeededApplications seeded = new SeededApplications(jdbcTemplate, call.id());
        List<String> closed = seeded.add(ApplicationStatus.CLOSED, 2, new BigDecimal("8000"));
        seeded.add(ApplicationStatus.LAPSED, 1, new BigDecimal("9000"));
        seeded.add(ApplicationStatus.NOT_FUNDED, 2, new BigDecimal("5000"));
        seeded.message(closed.get(0), "final-report-reminder", "SENT");
        seeded.message(closed.get(1), "final-report-reminder", "HELD");
        jdbc.sql("""
                INSERT INTO application_draft (call_id, applicant_id, idempotency_key, form_json, updated_at)
                VALUES (?, 'someone', 'key', '{}', ?)""").params(call.id(), start.atOffset(ZoneOffset.UTC)).update();
        CallDashboard before = dashboard.ofCall(call.id());
        assertThat(before.awardedEur()).isEqualByComparingTo("16000");

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.ofInstant(start, Call.FUNDER_ZONE).plusYears(10).plusDays(10).toInstant()));
        PurgeRun run = purge.purgeExpired();
        PurgeRun again = purge.purgeExpired();

        assertThat(run.failed()).isZero();
        // at least: the database also holds the ended cases of the other PostgreSQL tests
        assertThat(run.cases().get("FIRST_STEP")).isGreaterThanOrEqualTo(5);
        assertThat(run.drafts().get("FIRST_STEP")).isGreaterThanOrEqualTo(1);
        assertThat(again.casesPurged() + again.draftsPurged()).isZero();
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id IN (?, ?)", closed.get(0), closed.get(1))).isZero();
        CallDashboard after = dashboard.ofCall(call.id());
        assertThat(after.funnel()).isEqualTo(before.funnel());
        assertThat(after.requestedEur()).isEqualByComparingTo(before.requestedEur());
        assertThat(after.awardedEur()).isEqualByComparingTo(before.awardedEur());
        assertThat(after.reminders()).isEqualTo(before.reminders());
    }
}
