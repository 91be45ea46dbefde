package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.grantflow.identity.Groups;
import io.grantflow.programme.Criterion;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A manager moves a call's closing, closes it at once, opens an upcoming one and changes its criteria in the portal:
 * the call's process follows (its closing timer moves), every change is in the audit trail, and what cannot change
 * any more is refused in the page's language.
 */
class CallSchedulePagesTest extends IntegrationTest {

    @Autowired CallSchedule schedule;

    @Test
    void aLaterClosingMovesTheProcessTimerAndIsAudited() {
        Call call = openFirstStepCall();
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);
        String schedule = "/portal/calls/" + call.id() + "/schedule";
        assertThat(page(session.getPage(schedule))).contains("id=\"close-now\"").doesNotContain("id=\"open-now\"");

        LocalDateTime later = LocalDateTime.ofInstant(call.closesAt(), Call.FUNDER_ZONE).plusDays(3).withHour(17).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> fields = fields(call);
        fields.put("closesAt", later.toString());
        fields.put("envelopeEur", "150000");
        fields.put("title", "  Renamed call  ");
        HttpResponse<byte[]> saved = session.postForm(schedule, schedule, fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(page(saved)).contains("id=\"done\"");

        Call changed = calls.get(call.id());
        assertThat(changed.closesAt()).isEqualTo(ParisTime.of(later));
        assertThat(changed.envelopeEur()).isEqualByComparingTo("150000");
        assertThat(changed.title()).isEqualTo("Renamed call");
        assertThat(closingTimer(call).getDuedate().toInstant()).isEqualTo(ParisTime.of(later));
        assertThat(engine.getRuntimeService().getVariable(process(call).getId(), "callTitle")).isEqualTo("Renamed call");
        List<String> actions = jdbc.sql("SELECT action FROM audit_trail WHERE call_id = ? ORDER BY action").param(call.id())
                .query(String.class).list();
        assertThat(actions).containsExactly("closesAt", "envelope", "title");
    }

    @Test
    void closingNowStopsApplicationsAndTheProcessClosesTheCallThenASecondClickIsRefusedPlainly() {
        Call call = openFirstStepCall();
        PortalSession session = PortalSession.logIn(port, user("manager", "fr", Groups.MANAGERS));
        String schedule = "/portal/calls/" + call.id() + "/schedule";
        HttpResponse<byte[]> closed = session.postForm(schedule, "/portal/calls/" + call.id() + "/close", Map.of());
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(page(closed)).contains("plus aucune candidature n&#39;est reçue").contains("id=\"closed-note\"").doesNotContain("id=\"schedule-form\"");

        assertThat(calls.statusOf(calls.get(call.id()))).isEqualTo(CallStatus.CLOSED);
        ResponseEntity<Map> late = submit(call.id(), applicant("en"), eligibleApplication(), pdf(), null);
        assertThat(late.getStatusCode().is4xxClientError()).isTrue();
        Job timer = closingTimer(call);
        assertThat(timer.getDuedate().toInstant()).isBeforeOrEqualTo(Instant.now());
        String processId = process(call).getId();
        management.executeJob(timer.getId());
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processId)
                .activityId("Task_CloseCall").finished().count()).isEqualTo(1);

        HttpResponse<byte[]> again = session.postForm("/portal/dashboard", "/portal/calls/" + call.id() + "/close", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(page(again)).contains("est déjà clos");
        HttpResponse<byte[]> moved = session.postForm("/portal/dashboard", schedule, fields(call));
        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(page(moved)).contains("ne changent plus");
    }

    @Test
    void anUpcomingCallOpensNowAndAnOpenCallKeepsItsOpening() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call upcoming = calls.create(new CallService.NewCall("FIRST_STEP", "Upcoming call", now.plusDays(2), now.plusDays(9),
                new BigDecimal("50000"), Map.of()), "test");
        PortalSession session = PortalSession.logIn(port, manager());
        String schedule = "/portal/calls/" + upcoming.id() + "/schedule";
        assertThat(page(session.getPage(schedule))).contains("id=\"open-now\"");
        HttpResponse<byte[]> opened = session.postForm(schedule, "/portal/calls/" + upcoming.id() + "/open", Map.of());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(calls.statusOf(calls.get(upcoming.id()))).isEqualTo(CallStatus.OPEN);

        Instant closing = calls.get(upcoming.id()).closesAt();
        Map<String, String> fields = fields(calls.get(upcoming.id()));
        fields.put("opensAt", now.plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
        fields.put("closesAt", now.minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
        HttpResponse<byte[]> refused = session.postForm(schedule, schedule, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused)).contains("id=\"error-summary\"").contains("must be after the opening");
        assertThat(calls.get(upcoming.id()).closesAt()).isEqualTo(closing);
        ResponseEntity<String> moved = sendJson(HttpMethod.PUT, "/api/calls/" + upcoming.id() + "/schedule", manager(),
                json(Map.of("title", "Upcoming call", "opensAt", fields.get("opensAt"),
                        "closesAt", now.plusDays(20).truncatedTo(ChronoUnit.MINUTES).toString(), "envelopeEur", 50000)),
                String.class);
        assertThat(moved.getStatusCode().value()).isEqualTo(400);
        assertThat(moved.getBody()).contains("cannot change: the call is open");
    }

    @Test
    void aTitleOverItsLimitIsNamedOnThePageAndNothingChanges() {
        Call call = openFirstStepCall();
        PortalSession session = PortalSession.logIn(port, user("manager", "fr", Groups.MANAGERS));
        String schedule = "/portal/calls/" + call.id() + "/schedule";
        Map<String, String> fields = fields(call);
        fields.put("title", "T".repeat(5000));
        HttpResponse<byte[]> refused = session.postForm(schedule, schedule, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused)).contains("id=\"title-error\"", "dépasse 300 caractères");
        assertThat(calls.get(call.id()).title()).isEqualTo(call.title());
    }

    @Test
    void theApiRefusesABadChangeWithAProblemAndAnApplicantIsRefusedThePages() {
        Call call = openFirstStepCall();
        ResponseEntity<String> refused = sendJson(HttpMethod.PUT, "/api/calls/" + call.id() + "/schedule", manager(),
                "{\"title\":\"\",\"closesAt\":\"2020-01-01T10:00\",\"envelopeEur\":-5}", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody()).contains("title").contains("closesAt").contains("envelopeEur");

        String applicant = applicant("en");
        assertThat(sendJson(HttpMethod.POST, "/api/calls/" + call.id() + "/close", applicant, "{}", String.class)
                .getStatusCode().value()).isEqualTo(403);
        PortalSession session = PortalSession.logIn(port, applicant);
        assertThat(session.getPage("/portal/calls/" + call.id() + "/schedule").statusCode()).isEqualTo(403);
        assertThat(session.getPage("/portal/calls/" + call.id() + "/criteria").statusCode()).isEqualTo(403);
        assertThat(calls.statusOf(calls.get(call.id()))).isEqualTo(CallStatus.OPEN);
    }

    @Test
    void aManagerReweighsRemovesAndAddsCriteriaUntilTheCallCloses() {
        Call call = openFirstStepCall();
        PortalSession session = PortalSession.logIn(port, user("manager", "fr", Groups.MANAGERS));
        String criteria = "/portal/calls/" + call.id() + "/criteria";
        assertThat(page(session.getPage(criteria))).contains("name=\"c0.weight\"").contains("Niveaux de note");
        int before = call.criteria().size();

        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < before; i++) {
            fields.put("c" + i + ".nameEn", call.criteria().get(i).name().en());
            fields.put("c" + i + ".nameFr", call.criteria().get(i).name().fr());
            fields.put("c" + i + ".weight", "1");
        }
        fields.put("c0.weight", "2.5");
        fields.put("c0.threshold", "9");
        fields.put("c1.remove", "true");
        fields.put("new.id", "openScience");
        fields.put("new.nameEn", "Open science");
        fields.put("new.nameFr", "Science ouverte");
        fields.put("new.weight", "0.5");
        HttpResponse<byte[]> refused = session.postForm(criteria, criteria, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused)).contains("doit être compris entre les niveaux 1 et 5").contains("href=\"#c0-threshold\"");
        assertThat(calls.get(call.id()).criteria()).isEqualTo(call.criteria());

        fields.put("c0.threshold", "3");
        HttpResponse<byte[]> saved = session.postForm(criteria, criteria, fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        List<Criterion> now = calls.get(call.id()).criteria();
        assertThat(now).hasSize(before);
        assertThat(now.get(0).weight()).isEqualByComparingTo("2.5");
        assertThat(now.get(0).threshold()).isEqualByComparingTo("3");
        assertThat(now).extracting(Criterion::id).doesNotContain(call.criteria().get(1).id())
                .endsWith("openScience");
        assertThat(now.get(before - 1).levels()).isEqualTo(call.criteria().get(0).levels());
        assertThat(jdbc.sql("SELECT to_value FROM audit_trail WHERE call_id = ? AND action = 'criteria'").param(call.id())
                .query(String.class).single()).contains("×2.5 (threshold 3)").contains("Open science ×0.5");

        schedule.closeNow(call.id(), "test");
        HttpResponse<byte[]> late = session.postForm(criteria, criteria, fields);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(page(session.getPage(criteria))).contains("id=\"closed-note\"");
    }

    private Map<String, String> fields(Call call) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", call.title());
        fields.put("opensAt", ParisTime.field(call.opensAt()));
        fields.put("closesAt", ParisTime.field(call.closesAt()));
        fields.put("envelopeEur", call.envelopeEur().toPlainString());
        return fields;
    }

    private ProcessInstance process(Call call) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("grant-call")
                .processInstanceBusinessKey(call.id()).singleResult();
    }

    private Job closingTimer(Call call) {
        return management.createJobQuery().processInstanceId(process(call).getId()).timers().singleResult();
    }

    private static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
