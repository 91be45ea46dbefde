package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of before criteria were per call, upgraded on H2 and on PostgreSQL: the reviews written keep their
 * three scores under the criteria's ids, and the calls keep no criteria of their own (they read as their programme's).
 */
class ReviewScoresMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void reviewsWrittenBeforeKeepTheirScoresPerCriterion(String database) {
        DriverManagerDataSource source = "h2".equals(database)
                ? new DriverManagerDataSource("jdbc:h2:mem:scores" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(EmbeddedPostgresServer.newDatabase("review_scores_upgrade"),
                        EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
        Flyway.configure().dataSource(source).target("30").load().migrate();
        JdbcClient jdbc = JdbcClient.create(source);
        jdbc.sql("""
                INSERT INTO grant_call (id, programme, title, opens_at, closes_at, envelope_eur, rules, created_by, created_at)
                VALUES ('c1', 'FIRST_STEP', 'Call', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',
                        TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00', 10000, '{}', 'm', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')""")
                .update();
        jdbc.sql("""
                INSERT INTO application (id, call_id, applicant_id, title, abstract_text, keywords, budget_eur,
                    duration_months, status, submitted_at)
                VALUES ('a1', 'c1', 'bob', 'Reefs', 'Abstract', '[]', 9000, 12, 'REVIEWED', TIMESTAMP WITH TIME ZONE '2026-01-10 00:00:00+00')""")
                .update();
        jdbc.sql("""
                INSERT INTO review_assignment (id, call_id, application_id, reviewer_id, status, affinity, explanation, assigned_at)
                VALUES ('r1', 'c1', 'a1', 'anna', 'SUBMITTED', 0.5, '', TIMESTAMP WITH TIME ZONE '2026-02-02 00:00:00+00')""")
                .update();
        jdbc.sql("""
                INSERT INTO review (assignment_id, application_id, score_quality, score_feasibility, score_collaboration,
                    comment_for_applicant, submitted_at)
                VALUES ('r1', 'a1', 5, 3, 4, 'Good.', TIMESTAMP WITH TIME ZONE '2026-02-03 00:00:00+00')""")
                .update();

        Flyway.configure().dataSource(source).load().migrate();

        List<Map<String, Object>> scores = jdbc.sql("SELECT criterion_id, score FROM review_score WHERE assignment_id = 'r1' ORDER BY criterion_id")
                .query().listOfRows();
        assertThat(scores).extracting(r -> r.get("criterion_id") + "=" + r.get("score"))
                .containsExactly("collaboration=4", "feasibility=3", "quality=5");
        assertThat(jdbc.sql("SELECT comment_for_applicant FROM review").query(String.class).single()).isEqualTo("Good.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grant_call WHERE id = 'c1' AND criteria IS NULL").query(Long.class).single())
                .isEqualTo(1);
    }
}
