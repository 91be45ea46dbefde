package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.programme.Programmes;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** The managers' pages that create a call and change its settings, read as HTTP: who may, what is kept, what is refused. */
class CallPagesTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Programmes programmes;

    @Test
    void anApplicantIsRefusedBothPages() {
        Call call = openFirstStepCall();
        PortalSession applicant = PortalSession.logIn(port, applicant("en"));
        assertThat(applicant.getPage("/portal/calls/new?programme=IRP").statusCode()).isEqualTo(403);
        assertThat(applicant.getPage("/portal/calls/" + call.id() + "/settings").statusCode()).isEqualTo(403);
        assertThat(applicant.postForm("/portal/applications", "/portal/calls/" + call.id() + "/settings",
                Map.of("rules.reviewersPerApplication", "1")).statusCode()).isEqualTo(403);
        assertThat(calls.get(call.id()).settings().integer("reviewersPerApplication")).isEqualTo(2);
    }

    @Test
    void aManagerCreatesACallThenAChangedSettingShowsInTheApiAndItsAudit() throws Exception {
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);
        String form = page(session.getPage("/portal/calls/new?programme=IRP"));
        assertThat(form).contains("name=\"rules.maxDurationMonths\"", "value=\"60\"", "step=\"0.01\"", "type=\"checkbox\"");

        Map<String, String> fields = newIrpCall("Created from the portal");
        HttpResponse<byte[]> created = session.postForm("/portal/calls/new?programme=IRP", "/portal/calls/new", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/portal/dashboard/calls/");
        String callId = location.substring(location.lastIndexOf('/') + 1);
        Call call = calls.get(callId);
        assertThat(call.programme()).isEqualTo("IRP");
        assertThat(call.settings().integer("maxDurationMonths")).isEqualTo(48);
        assertThat(call.settings().flag("oneReviewerAbroad")).isFalse();

        Map<String, String> settings = settingsOf(session, callId);
        settings.put("rules.reviewersPerApplication", "3");
        HttpResponse<byte[]> saved = session.postForm("/portal/calls/" + callId + "/settings",
                "/portal/calls/" + callId + "/settings", settings);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(page(saved)).contains("id=\"saved\"");

        JsonNode view = get("/api/calls/" + callId, manager);
        assertThat(view.path("rules").path("reviewersPerApplication").asInt()).isEqualTo(3);
        assertThat(view.path("rules").path("maxDurationMonths").asInt()).isEqualTo(48);
        JsonNode audit = get("/api/calls/" + callId + "/audit", manager);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("who").asText()).isEqualTo(manager);
        assertThat(audit.get(0).path("action").asText()).isEqualTo("settings");
        assertThat(audit.get(0).path("from").asText()).contains("reviewersPerApplication").contains("2");
        assertThat(audit.get(0).path("to").asText()).contains("reviewersPerApplication").contains("3")
                .doesNotContain("maxDurationMonths");
    }

    @Test
    void missingMalformedAndOutOfRangeFieldsAreA400PageNamingThem() {
        PortalSession session = PortalSession.logIn(port, manager());
        Map<String, String> fields = newIrpCall("Refused call");
        fields.remove("envelopeEur");
        fields.put("opensAt", "tomorrow");
        fields.put("rules.maxDurationMonths", "sixty");
        fields.put("rules.maxBudgetEur", "1e999999999");
        fields.put("rules.reviewersPerApplication", "99999999999999999999999");
        fields.remove("rules.keywordsMax");
        HttpResponse<byte[]> refused = session.postForm("/portal/calls/new?programme=IRP", "/portal/calls/new", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        String page = page(refused);
        assertThat(page).contains("id=\"error-summary\"", "href=\"#envelopeEur\"", "href=\"#opensAt\"",
                "href=\"#rule-maxDurationMonths\"", "href=\"#rule-maxBudgetEur\"", "href=\"#rule-keywordsMax\"",
                "id=\"rule-maxDurationMonths-error\"", "value=\"sixty\"", "value=\"Refused call\"");

        Map<String, String> outOfRange = newIrpCall("Out of range");
        outOfRange.put("rules.maxDurationMonths", "500");
        HttpResponse<byte[]> again = session.postForm("/portal/calls/new?programme=IRP", "/portal/calls/new", outOfRange);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(page(again)).contains("id=\"rule-maxDurationMonths-error\"", "value=\"500\"", "value=\"Out of range\"");

        assertThat(session.postForm("/portal/calls/new", "/portal/calls/new", Map.of()).statusCode()).isEqualTo(400);
        assertThat(session.postForm("/portal/calls/new", "/portal/calls/new", Map.of("programme", "NOPE")).statusCode())
                .isEqualTo(400);
        assertThat(session.getPage("/portal/calls/new?programme=NOPE").statusCode()).isEqualTo(404);
        assertThat(page(session.getPage("/portal/calls/new"))).contains("data-programme=\"IRP\"");

        Call call = openFirstStepCall();
        Map<String, String> bad = new LinkedHashMap<>(Map.of("rules.reviewDays", "x"));
        HttpResponse<byte[]> settings = session.postForm("/portal/calls/" + call.id() + "/settings",
                "/portal/calls/" + call.id() + "/settings", bad);
        assertThat(settings.statusCode()).isEqualTo(400);
        assertThat(page(settings)).contains("href=\"#rule-reviewDays\"");
        assertThat(session.getPage("/portal/calls/no-such-call/settings").statusCode()).isEqualTo(404);
    }

    /** Every field of the IRP form filled as a manager would, some settings changed from their defaults. */
    private Map<String, String> newIrpCall(String title) {
        LocalDateTime opens = LocalDateTime.now(Call.FUNDER_ZONE).plusDays(1).withSecond(0).withNano(0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("programme", "IRP");
        fields.put("title", title);
        fields.put("opensAt", opens.toString());
        fields.put("closesAt", opens.plusDays(30).toString());
        fields.put("envelopeEur", "300000");
        programmes.get("IRP").settings().values().forEach(s -> {
            if (s.type() != io.grantflow.programme.SettingType.BOOLEAN) {
                fields.put("rules." + s.name(), String.valueOf(s.defaultValue()));
            } else if (!s.name().equals("oneReviewerAbroad") && Boolean.TRUE.equals(s.defaultValue())) {
                fields.put("rules." + s.name(), "true");
            }
        });
        fields.put("rules.maxDurationMonths", "48");
        return fields;
    }

    /** The settings page's fields as they are shown: each input's value, ticked checkboxes only. */
    private Map<String, String> settingsOf(PortalSession session, String callId) {
        Map<String, String> fields = new LinkedHashMap<>();
        Call call = calls.get(callId);
        call.settings().asMap().forEach((name, value) -> {
            if (value instanceof Boolean b) {
                if (b) {
                    fields.put("rules." + name, "true");
                }
            } else {
                fields.put("rules." + name, value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
            }
        });
        assertThat(session.getPage("/portal/calls/" + callId + "/settings").statusCode()).isEqualTo(200);
        return fields;
    }

    private JsonNode get(String path, String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
