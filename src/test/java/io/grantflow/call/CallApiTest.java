package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A programme manager creates calls with the programme's rule defaults, or settings of their own. */
class CallApiTest extends IntegrationTest {

    @Test
    void aCallTakesItsProgrammeDefaultsAndParisTimes() {
        ResponseEntity<Map> created = post("""
                {"programme":"FIRST_STEP","title":"First Step 2028","opensAt":"2027-12-01T09:00","closesAt":"2028-01-15T17:00",
                 "envelopeEur":250000,"rules":{"maxBudgetEur":12000,"reviewersPerApplication":3}}""");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = created.getBody();
        assertThat(body).containsEntry("closesAt", "2028-01-15T17:00:00+01:00").containsEntry("status", "UPCOMING");
        Map<String, Object> rules = (Map<String, Object>) body.get("rules");
        assertThat(rules).containsEntry("reviewersPerApplication", 3).containsEntry("phdMaxYears", 10).containsEntry("keywordsMin", 3);
        assertThat(((Number) rules.get("maxBudgetEur")).intValue()).isEqualTo(12000);
        Call stored = calls.get((String) body.get("id"));
        assertThat(stored.closesAt()).hasToString("2028-01-15T16:00:00Z");
    }

    @Test
    void badCallsAreRefusedNamingEachField() {
        ResponseEntity<Map> refused = post("""
                {"title":"","opensAt":"2027-12-01T09:00","closesAt":"2027-11-01T17:00","envelopeEur":-1}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("programme", "title", "closesAt", "envelopeEur");

        ResponseEntity<Map> unknownRule = post("""
                {"programme":"IRP","title":"IRP","opensAt":"2027-12-01T09:00","closesAt":"2028-01-01T17:00","envelopeEur":1,
                 "rules":{"maxBudgetEuros":5}}""");
        assertThat((List<Map<String, String>>) unknownRule.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("rules.maxBudgetEuros");
    }

    @Test
    void ruleSettingsOutOfRangeAreRefusedAndNoCallIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM grant_call").query(Long.class).single();
        ResponseEntity<Map> refused = post("""
                {"programme":"FIRST_STEP","title":"Out of range","opensAt":"2027-12-01T09:00","closesAt":"2028-01-15T17:00",
                 "envelopeEur":250000,"rules":{"reviewDays":0,"reviewersPerApplication":0,"reviewerMinLoad":-1,
                 "maxBudgetEur":0,"keywordsMin":11,"keywordsMax":10}}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("rules.reviewDays", "rules.reviewersPerApplication", "rules.reviewerMinLoad",
                        "rules.maxBudgetEur", "rules.keywordsMin");
        ResponseEntity<Map> lateReminder = post("""
                {"programme":"FIRST_STEP","title":"Reminder after the deadline","opensAt":"2027-12-01T09:00",
                 "closesAt":"2028-01-15T17:00","envelopeEur":250000,"rules":{"reviewDays":3,"reviewReminderDaysBefore":3}}""");
        assertThat((List<Map<String, String>>) lateReminder.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("rules.reviewReminderDaysBefore");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grant_call").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePanelOfAnUnknownCallOrWithUnknownReviewersIsRefused() {
        String manager = manager();
        Call call = openFirstStepCall();
        assertThat(put("/api/calls/no-such-call/panel", manager, "[]").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> unknown = put("/api/calls/" + call.id() + "/panel", manager, "[\"nobody-at-all\",\"" + manager + "\"]");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) unknown.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("[0]", "[1]");
    }

    private ResponseEntity<Map> post(String json) {
        String manager = manager();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(manager, manager);
        return http.exchange("/api/calls", HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
    }

    private ResponseEntity<Map> put(String path, String userId, String json) {
        return sendJson(HttpMethod.PUT, path, userId, json, Map.class);
    }
}
