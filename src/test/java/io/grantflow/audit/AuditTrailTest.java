package io.grantflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each change a manager makes to a call through the JSON API is read back from the call's audit trail: who, when,
 * what, before and after; a refused change leaves nothing, and only managers read the trail.
 */
class AuditTrailTest extends CallScenario {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void aManagersPanelAndPinsAreReadBackNewestFirstWithWhoWhenBeforeAndAfter() {
        String manager = manager();
        String anna = reviewer("JP", "graphene", "photonics");
        String bruno = reviewer("DE", "photonics", "quantum");
        Call call = callWithPanel(List.of(), Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene waveguides", List.of("graphene", "photonics", "quantum"), 9000);

        assertThat(put("/api/calls/" + call.id() + "/panel", manager, json(List.of(bruno, anna))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/calls/" + call.id() + "/pins", manager, json(List.of(Map.of("applicationId", app, "reviewerId", anna))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/calls/" + call.id() + "/pins", manager, "[]").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> trail = audit(call.id(), manager);
        assertThat(trail).extracting(e -> e.get("action")).containsExactly("unpin", "pin", "panel");
        assertThat(trail).allSatisfy(e -> assertThat(e).containsEntry("who", manager).containsEntry("whoName", "Test manager"));
        assertThat(trail.get(2)).containsEntry("from", "").containsEntry("to", String.join(", ", List.of(anna, bruno).stream().sorted().toList()));
        assertThat(trail.get(1)).containsEntry("from", "").containsEntry("to", "Graphene waveguides – " + anna);
        assertThat(trail.get(0)).containsEntry("from", "Graphene waveguides – " + anna).containsEntry("to", "");
        Instant at = Instant.parse((String) trail.get(0).get("at"));
        OffsetDateTime paris = OffsetDateTime.parse((String) trail.get(0).get("atParis"));
        assertThat(paris.toInstant()).isEqualTo(at);
        assertThat(paris.getOffset()).isEqualTo(Call.FUNDER_ZONE.getRules().getOffset(at));
        assertThat(at).isBetween(CallService.now().minusSeconds(60), CallService.now());
    }

    @Test
    void aSettingChangedFromTasklistIsKeptWithItsOldAndNewValueAndARefusedCompletionLeavesNothing() {
        String manager = manager();
        String only = reviewer("JP", "graphene");
        Call call = callWithPanel(List.of(only), Map.of(), "50000");
        submitEligible(call, applicant("en"), "One reviewer is enough", List.of("graphene", "photonics", "quantum"), 9000);
        String instance = closeCall(call).getId();
        runJobsUntilDone(10);
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_FixAssignment").singleResult();
        EngineRest rest = EngineRest.as(http, manager);

        ResponseEntity<String> refused = rest.post("/task/" + task.getId() + "/complete", fixes("0", "1"));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(audit(call.id(), manager)).isEmpty();

        ResponseEntity<String> done = rest.post("/task/" + task.getId() + "/complete", fixes("", "1"));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);

        assertThat(audit(call.id(), manager)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("who", manager).containsEntry("action", "settings")
                .containsEntry("from", "reviewersPerApplication: 2").containsEntry("to", "reviewersPerApplication: 1"));
    }

    @Test
    void aPrizeEditionsJuryChairAndEmbargoAreKeptEachOnItsOwnAndARefusedJuryLeavesNothing() {
        String manager = manager();
        String ada = user("juror", "en", Groups.REVIEWERS);
        String ben = user("juror", "fr", Groups.REVIEWERS);
        LocalDateTime now = LocalDateTime.ofInstant(CallService.now(), Call.FUNDER_ZONE);
        Call edition = calls.create(new CallService.NewCall("PRIZE", "Prize " + System.nanoTime(), now.minusDays(1),
                now.plusDays(10), new BigDecimal("50000"), Map.of()), "test");
        String path = "/api/prize/editions/" + edition.id();

        ResponseEntity<String> refused = put(path, manager, json(Map.of("jury", List.of(ada), "chair", ben)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("chair");
        assertThat(audit(edition.id(), manager)).isEmpty();

        assertThat(put(path, manager, json(Map.of("jury", List.of(ada, ben), "chair", ada, "announceAt", "2040-01-15T17:00")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put(path, manager, json(Map.of("jury", List.of(ada, ben), "chair", ben))).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Map<String, Object>> trail = audit(edition.id(), manager);
        assertThat(trail).extracting(e -> e.get("action")).containsExactly("chair", "embargo", "chair", "jury");
        assertThat(trail.get(0)).containsEntry("from", ada).containsEntry("to", ben).containsEntry("who", manager);
        assertThat(trail.get(1)).containsEntry("to", "2040-01-15T17:00+01:00");
        assertThat(trail.get(3)).containsEntry("from", "").containsEntry("to", ada + ", " + ben);
    }

    @Test
    void aManagersAnswerOnADoubtfulExcludedNameIsKept() {
        String manager = manager();
        String chen = reviewerNamed("Wei", "Chen", "JP", "graphene", "photonics", "quantum");
        Call call = callWithPanel(List.of(chen, reviewer("US", "photonics")), Map.of(), "50000");
        Map<String, Object> application = eligibleApplication();
        application.put("excludedReviewers", List.of("W. Chen"));
        submit(call.id(), applicant("en"), application, pdf(), null);
        String path = "/api/calls/" + call.id() + "/doubtful-exclusions";
        String matchId = (String) ((Map<?, ?>) get(path, manager, List.class).getBody().get(0)).get("id");

        assertThat(sendJson(HttpMethod.POST, path + "/" + matchId, manager, "{\"answer\":\"maybe\"}", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(audit(call.id(), manager)).isEmpty();
        assertThat(sendJson(HttpMethod.POST, path + "/" + matchId, manager, "{\"answer\":\"SAME_PERSON\"}", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(audit(call.id(), manager)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("action", "exclusion").containsEntry("who", manager)
                .containsEntry("from", "W. Chen ? Wei Chen (" + chen + "), Graphene photonics for quantum links")
                .containsEntry("to", "W. Chen = Wei Chen (" + chen + "), Graphene photonics for quantum links"));
    }

    @Test
    void refusedPanelsAndPinsLeaveNoRow() {
        String manager = manager();
        Call call = callWithPanel(List.of(reviewer("JP", "graphene")), Map.of(), "50000");

        assertThat(put("/api/calls/" + call.id() + "/panel", manager, "[\"nobody-at-all\"]").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put("/api/calls/" + call.id() + "/pins", manager, "[{\"applicationId\":\"none\",\"reviewerId\":\"none\"}]")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(audit(call.id(), manager)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ?", call.id())).isZero();
    }

    @Test
    void onlyManagersReadTheTrailAndAnUnknownCallHasNone() {
        Call call = openFirstStepCall();
        String path = "/api/calls/" + call.id() + "/audit";

        assertThat(get(path, null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(path, applicant("en"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(path, reviewer("JP", "graphene"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/calls/no-such-call/audit", manager(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aChangeRolledBackTakesItsRowWithItAndOneOutsideATransactionIsRefused() {
        Call call = openFirstStepCall();
        ManagerChange change = new ManagerChange(call.id(), "someone", "settings", "a: 1", "a: 2", CallService.now());

        transactions.executeWithoutResult(status -> {
            events.publishEvent(change);
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> events.publishEvent(change)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ?", call.id())).isZero();

        transactions.executeWithoutResult(status -> events.publishEvent(change));
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ?", call.id())).isOne();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String callId, String manager) {
        ResponseEntity<List> trail = get("/api/calls/" + callId + "/audit", manager, List.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        return trail.getBody();
    }

    private ResponseEntity<String> put(String path, String userId, String json) {
        return sendJson(HttpMethod.PUT, path, userId, json, String.class);
    }

    /** The blocked assignment's form as Tasklist completes it: a retry with these numbers, nobody added. */
    private static String fixes(String maxLoad, String reviewersPerApplication) {
        return "{\"variables\":{\"maxLoad\":{\"value\":" + (maxLoad.isEmpty() ? "null" : maxLoad) + "},"
                + "\"reviewersPerApplication\":{\"value\":" + reviewersPerApplication + "},"
                + "\"addReviewerIds\":{\"value\":\"[]\",\"type\":\"Json\"},"
                + "\"assignmentChoice\":{\"value\":\"retry\"}}}";
    }
}
