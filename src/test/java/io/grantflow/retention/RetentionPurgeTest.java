package io.grantflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.dashboard.CallDashboard;
import io.grantflow.dashboard.DashboardService;
import io.grantflow.dashboard.SeededApplications;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A programme's retention period, ten years for First Step, counted from the end of each case: once it has passed,
 * the purge deletes the case's rows, documents and message bodies, the dashboard's figures stay, and a manager reads
 * the purge in the call's audit trail. A case still inside its period, a running case and a case whose applicant's
 * erasure request waits are kept; running the purge again changes nothing.
 */
class RetentionPurgeTest extends CallScenario {

    @Autowired RetentionPurge purge;
    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbcTemplate;

    @Test
    void aCasePastItsProgrammesPeriodIsPurgedAndTheDashboardKeepsItsFigures() throws IOException {
        Instant start = ClockUtil.getCurrentTime().toInstant();
        Call call = openFirstStepCall();
        String endedApplicant = applicant("en");
        String ended = endedIneligible(call, endedApplicant);
        String erasingApplicant = applicant("en");
        String erasing = endedIneligible(call, erasingApplicant);
        PortalSession.logIn(port, erasingApplicant).postForm("/portal/account", "/portal/account/erasure", Map.of());
        String running = submitEligible(call, applicant("fr"), "Photonic links", List.of("graphene", "photonics", "quantum"), 9000);
        String drafting = applicant("en");
        PortalSession writer = PortalSession.logIn(port, drafting);
        assertThat(writer.postForm("/portal/calls/" + call.id() + "/apply", "/portal/calls/" + call.id() + "/draft",
                Map.of("title", "Kelp forests and their sounds", "keywords", "kelp, acoustics, ecology")).statusCode()).isEqualTo(204);
        writer.postForm("/portal/calls/" + call.id() + "/apply?step=3", "/portal/calls/" + call.id() + "/co-applicants",
                Map.of("email", "co." + drafting + "@test.grantflow.example"));
        moveClockTo(start.plusSeconds(2 * 86400));
        String later = endedIneligible(call, applicant("en"));

        assertThat(get("/api/applications/" + ended + "/proposal", endedApplicant, byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(export(endedApplicant)).containsKey("tables/application.json");
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ?", ended)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE call_id = ? AND applicant_id = ?", call.id(), drafting)).isOne();
        CallDashboard before = dashboard.ofCall(call.id());
        assertThat(before.count(io.grantflow.dashboard.Stage.SUBMITTED)).isEqualTo(4);

        // ten years and a day after the first cases ended: the later one is a day inside its period
        moveClockTo(ZonedDateTime.ofInstant(start, Call.FUNDER_ZONE).plusYears(10).plusDays(1).toInstant());
        PurgeRun run = purge.purgeExpired();

        assertThat(run.failed()).isZero();
        assertThat(run.cases().get("FIRST_STEP")).isPositive();
        assertThat(run.kept()).isPositive();
        for (String table : List.of("application_document", "application_partner", "eligibility_verdict")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?", ended)).as(table).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM application WHERE id = ?", ended)).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ?", ended)).as("outbox bodies").isZero();
        assertThat(get("/api/applications/" + ended + "/proposal", endedApplicant, String.class).getStatusCode().value()).isEqualTo(404);
        Map<String, byte[]> export = export(endedApplicant);
        assertThat(export).doesNotContainKeys("tables/application.json", "tables/eligibility_verdict.json");
        assertThat(export.keySet()).noneMatch(name -> name.contains(ended));
        assertThat(count("SELECT COUNT(*) FROM application WHERE id IN (?, ?, ?)", later, running, erasing))
                .as("inside the period, running, erasure asked").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE call_id = ?", call.id())).as("the call closed a day ago").isOne();
        assertSameFigures(dashboard.ofCall(call.id()), before);
        assertThat(dashboard.ofAllCalls()).filteredOn(d -> d.callId().equals(call.id())).singleElement()
                .satisfies(d -> assertSameFigures(d, before));

        String manager = manager();
        List<Map<String, Object>> audit = auditOf(call, manager);
        assertThat(audit).filteredOn(e -> "retention".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat((String) e.get("to")).isEqualTo("First Step: 1 (retentionYears 10)"));
        assertThat(new String(PortalSession.logIn(port, manager).getPage("/portal/dashboard/calls/" + call.id()).body(),
                StandardCharsets.UTF_8)).contains("Cases deleted at the end of their retention period", "First Step: 1 (retentionYears 10)")
                .doesNotContain(endedApplicant);
        List<Map<String, Object>> retained = jdbc.sql("SELECT * FROM retained_count WHERE call_id = ?").param(call.id()).query().listOfRows();

        PurgeRun again = purge.purgeExpired();
        assertThat(again.casesPurged()).isZero();
        assertThat(again.draftsPurged()).isZero();
        assertThat(jdbc.sql("SELECT * FROM retained_count WHERE call_id = ?").param(call.id()).query().listOfRows()).isEqualTo(retained);
        assertThat(auditOf(call, manager)).hasSameSizeAs(audit);
        assertSameFigures(dashboard.ofCall(call.id()), before);

        // past the later case's period and the call's closing: it goes, with the draft never submitted and its invitation
        moveClockTo(ZonedDateTime.ofInstant(start, Call.FUNDER_ZONE).plusYears(10).plusDays(10).toInstant());
        PurgeRun last = purge.purgeExpired();
        assertThat(last.failed()).isZero();
        assertThat(count("SELECT COUNT(*) FROM application WHERE id = ?", later)).isZero();
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM application WHERE id IN (?, ?)", running, erasing)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT SUM(applications) FROM retained_count WHERE call_id = ?").param(call.id()).query(Long.class).single())
                .isEqualTo(2L);
        assertSameFigures(dashboard.ofCall(call.id()), before);
        assertThat(auditOf(call, manager)).filteredOn(e -> "retention".equals(e.get("action"))).hasSize(2);
    }

    @Test
    void theFundedAmountsAndTheRemindersOfPurgedCasesStayOnTheDashboard() {
        Instant start = ClockUtil.getCurrentTime().toInstant();
        Call call = openFirstStepCall();
        SeededApplications seeded = new SeededApplications(jdbcTemplate, call.id());
        List<String> closed = seeded.add(ApplicationStatus.CLOSED, 2, new BigDecimal("8000"));
        seeded.add(ApplicationStatus.LAPSED, 1, new BigDecimal("9000"));
        seeded.add(ApplicationStatus.NOT_FUNDED, 3, new BigDecimal("5000"));
        List<String> ineligible = seeded.add(ApplicationStatus.INELIGIBLE, 2, new BigDecimal("7000"));
        seeded.message(closed.get(0), "final-report-reminder", "SENT");
        seeded.message(closed.get(1), "final-report-overdue", "HELD");
        seeded.message(ineligible.get(0), "review-reminder", "SENT");
        List<String> notFunded = jdbc.sql("SELECT id FROM application WHERE call_id = ? AND status = 'NOT_FUNDED'").param(call.id())
                .query(String.class).list();
        String assignment = reviewOf(call, notFunded.get(0), "The consortium is too thin for the work plan.");
        CallDashboard before = dashboard.ofCall(call.id());
        assertThat(before.awardedEur()).isEqualByComparingTo("16000");
        assertThat(before.requestedEur()).isEqualByComparingTo("54000");
        assertThat(before.reminders()).anySatisfy(r -> assertThat(r.sent()).isOne());

        moveClockTo(ZonedDateTime.ofInstant(start, Call.FUNDER_ZONE).plusYears(10).plusDays(1).toInstant());
        assertThat(purge.purgeExpired().failed()).isZero();

        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM decision WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id IN (?, ?, ?)", closed.get(0), closed.get(1),
                ineligible.get(0))).isZero();
        assertThat(count("SELECT COUNT(*) FROM review WHERE application_id = ?", notFunded.get(0))).as("the review's texts").isZero();
        assertThat(count("SELECT COUNT(*) FROM review_assignment WHERE application_id = ?", notFunded.get(0))).isZero();
        assertThat(count("SELECT COUNT(*) FROM review_score WHERE assignment_id = ?", assignment)).isZero();
        assertSameFigures(dashboard.ofCall(call.id()), before);
        assertThat(dashboard.ofAllCalls()).filteredOn(d -> d.callId().equals(call.id())).singleElement()
                .satisfies(d -> assertSameFigures(d, before));
        assertThat(jdbc.sql("SELECT * FROM retained_count WHERE call_id = ?").param(call.id()).query().listOfRows())
                .as("counts, nothing about a person").hasSize(4).allSatisfy(row -> assertThat(row).containsOnlyKeys(
                        "CALL_ID", "STATUS", "SUBMITTED_YEAR", "APPLICATIONS", "REQUESTED_EUR", "AWARDED_EUR"));
    }

    /** A reviewer's submitted review of the application, with its comments and a score, as the review feature keeps it. */
    private String reviewOf(Call call, String applicationId, String comment) {
        String assignment = java.util.UUID.randomUUID().toString();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.sql("""
                INSERT INTO review_assignment (id, call_id, application_id, reviewer_id, status, affinity, explanation, assigned_at)
                VALUES (?, ?, ?, 'a-reviewer', 'SUBMITTED', 0.5, 'graphene', ?)""")
                .params(assignment, call.id(), applicationId, now.atOffset(java.time.ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO review (assignment_id, application_id, comment_for_applicant, confidential_comment, submitted_at)
                VALUES (?, ?, ?, 'for the committee only', ?)""")
                .params(assignment, applicationId, comment, now.atOffset(java.time.ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO review_score (assignment_id, criterion_id, score) VALUES (?, 'quality', 3)").param(assignment).update();
        return assignment;
    }

    /** An ineligible application (13 months) whose verdict a manager confirms: its process ends with the letter. */
    private String endedIneligible(Call call, String applicant) {
        Map<String, Object> application = eligibleApplication();
        application.put("durationMonths", 13);
        String id = (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");
        runDueJobs();
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_ReviewIneligibility").singleResult();
        asUser(manager(), () -> tasks.complete(review.getId(), Map.of("override", false, "decisionReason", "Thirteen months.")));
        runDueJobs();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        return id;
    }

    private static void assertSameFigures(CallDashboard after, CallDashboard before) {
        assertThat(after.funnel()).isEqualTo(before.funnel());
        assertThat(after.byStatus()).isEqualTo(before.byStatus());
        assertThat(after.requestedEur()).isEqualByComparingTo(before.requestedEur());
        assertThat(after.awardedEur()).isEqualByComparingTo(before.awardedEur());
        assertThat(after.reminders()).isEqualTo(before.reminders());
    }

    private List<Map<String, Object>> auditOf(Call call, String manager) {
        return get("/api/calls/" + call.id() + "/audit", manager, List.class).getBody();
    }

    private Map<String, byte[]> export(String applicant) throws IOException {
        byte[] zip = PortalSession.logIn(port, applicant).get("/portal/account/data.zip").body();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
