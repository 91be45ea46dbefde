package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import io.grantflow.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The JSON API reads its input strictly: no unknown fields, no guessing of types, no invalid UTF-8, no Paris
 * time that does not exist or occurs twice. Each refusal is a 400 problem naming the field in plain words,
 * and nothing is stored.
 */
class StrictJsonInputTest extends IntegrationTest {

    private static final Pattern JAVA = Pattern.compile("java\\.|io\\.grantflow|com\\.fasterxml|`int`");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An overlong "/" (C0 AF) in a text: not UTF-8, though a lenient decoder reads it. */
    private static final byte[] OVERLONG_SLASH = {(byte) 0xC0, (byte) 0xAF};

    // ---- submission: POST /api/calls/{id}/applications, JSON part "application" ----

    @Test
    void submissionsWithWrongKindsOfValuesAreRefusedNamingTheFieldAndNotStored() {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        Map<String, Consumer<Map<String, Object>>> cases = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        Map<String, String> messages = new HashMap<>();
        refusal(cases, fields, messages, "unknown field", a -> a.put("budget", 9500), "budget", "is not a known field");
        refusal(cases, fields, messages, "number as text", a -> a.put("budgetEur", "9500"), "budgetEur", "must be a number");
        refusal(cases, fields, messages, "fraction of months", a -> a.put("durationMonths", 12.5), "durationMonths", "must be a whole number");
        refusal(cases, fields, messages, "whole months written as a fraction", a -> a.put("durationMonths", 12.0), "durationMonths", "must be a whole number");
        refusal(cases, fields, messages, "months as text", a -> a.put("durationMonths", "12"), "durationMonths", "must be a whole number");
        refusal(cases, fields, messages, "months beyond any whole number", a -> a.put("durationMonths", 99_999_999_999L), "durationMonths", "is out of range");
        refusal(cases, fields, messages, "months as yes", a -> a.put("durationMonths", true), "durationMonths", "must be a whole number");
        refusal(cases, fields, messages, "number for text", a -> a.put("title", 42), "title", "must be text");
        refusal(cases, fields, messages, "yes for text", a -> a.put("unitCode", true), "unitCode", "must be text");
        refusal(cases, fields, messages, "number in a list of text", a -> a.put("keywords", List.of("graphene", 5, "quantum")), "keywords[1]", "must be text");
        refusal(cases, fields, messages, "text for a list", a -> a.put("keywords", "graphene"), "keywords", "must be a list");
        refusal(cases, fields, messages, "yes for a partner's text", a -> a.put("partners", List.of(partner("email", false))), "partners[0].email", "must be text");
        refusal(cases, fields, messages, "unknown field of a partner", a -> a.put("partners", List.of(partner("website", "u-tokyo.example"))), "partners[0].website", "is not a known field");
        refusal(cases, fields, messages, "yes as text", a -> a.put("permanentPosition", "true"), "permanentPosition", "must be true or false");
        refusal(cases, fields, messages, "yes as a number", a -> a.put("permanentPosition", 1), "permanentPosition", "must be true or false");
        refusal(cases, fields, messages, "date as a number", a -> a.put("phdDate", 20210630), "phdDate", "must be a date");
        refusal(cases, fields, messages, "date that does not exist", a -> a.put("phdDate", "2021-02-30"), "phdDate", "must be a date");
        refusal(cases, fields, messages, "amount of a project year as text", a -> a.put("yearlyBudget", List.of(Map.of("year", 1, "amountEur", "5000"))), "yearlyBudget[0].amountEur", "must be a number");
        refusal(cases, fields, messages, "project year as a fraction", a -> a.put("yearlyBudget", List.of(Map.of("year", 1.5, "amountEur", 5000))), "yearlyBudget[0].year", "must be a whole number");

        for (String name : cases.keySet()) {
            Map<String, Object> application = eligibleApplication();
            cases.get(name).accept(application);
            ResponseEntity<String> response = submitJson(call.id(), alice, json(application).getBytes(StandardCharsets.UTF_8));
            assertRefused(name, response, fields.get(name), messages.get(name));
        }
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
    }

    @Test
    void aSubmissionWhoseJsonPartIsNotUtf8IsRefusedNamingThePart() {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        byte[] application = withInvalidUtf8InTitle(json(eligibleApplication()));

        assertRefused("invalid UTF-8", submitJson(call.id(), alice, application), "application", "is not valid UTF-8");
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
    }

    @Test
    void aMultipartTextPartThatIsNotUtf8IsRefusedNamingThePart() throws Exception {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        String boundary = "strict-utf8-boundary";
        byte[] body = concat(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n\r\n"
                        + json(eligibleApplication()) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nsee ")
                        .getBytes(StandardCharsets.UTF_8),
                OVERLONG_SLASH,
                ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"proposal\"; filename=\"p.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                pdf(),
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = java.util.Base64.getEncoder().encodeToString((alice + ":" + alice).getBytes(StandardCharsets.UTF_8));
        RawHttp.Response response = RawHttp.post(port, "POST /api/calls/" + call.id() + "/applications HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + auth + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n", body);

        assertRefused("text part", ResponseEntity.status(response.status()).body(response.bodyText()), "note", "is not valid UTF-8");
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
    }

    @Test
    void aQueryParameterThatIsNotUtf8IsRefused() throws Exception {
        ResponseEntity<String> response = http.getRestTemplate().exchange(
                java.net.URI.create("http://localhost:" + port + "/api/calls?status=%C0%AF"), HttpMethod.GET, null, String.class);

        assertRefused("query", response, "status", "is not valid UTF-8");
    }

    @Test
    void aPortalFormFieldThatIsNotUtf8IsRefusedAndNoAccountIsMade() {
        String id = "strictform" + System.nanoTime() % 100000;
        HttpResponse<byte[]> answer = PortalSession.anonymous(port).submitForm("/register", "userId=" + id
                + "&firstName=Nora%C0%AF&lastName=Ngata&email=" + id + "%40example.org&password=long-enough&language=fr");

        assertRefused("form field", ResponseEntity.status(answer.statusCode()).body(new String(answer.body(), StandardCharsets.UTF_8)),
                "firstName", "is not valid UTF-8");
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
    }

    // ---- registration: POST /api/register ----

    @Test
    void registrationsWithWrongKindsOfValuesAreRefusedAndNoAccountIsMade() {
        String id = "strict" + System.nanoTime() % 100000;
        Map<String, Object> fine = Map.of("userId", id, "firstName", "Nora", "lastName", "Ngata", "email", id + "@example.org",
                "password", "long-enough", "language", "fr");
        assertRefused("unknown field", register(json(with(fine, "groups", List.of("managers")))), "groups", "is not a known field");
        assertRefused("number for text", register(json(with(fine, "firstName", 5))), "firstName", "must be text");
        assertRefused("yes for text", register(json(with(fine, "language", true))), "language", "must be text");
        assertRefused("list for text", register(json(with(fine, "email", List.of(id + "@example.org")))), "email", "must be text");
        assertRefused("not an object", register("[\"" + id + "\"]"), "body", "must be an object");
        assertRefused("not JSON", register("{\"userId\":"), "body", "is not well-formed JSON");
        assertRefused("invalid UTF-8", register(withInvalidUtf8InTitle(json(with(fine, "title", "x")))), "body", "is not valid UTF-8");

        assertThat(identity.createUserQuery().userId(id).count()).isZero();
    }

    // ---- call creation: POST /api/calls ----

    @Test
    void callsWithWrongKindsOfValuesAreRefusedNamingTheFieldAndNotStored() {
        String title = "Strict call " + System.nanoTime();
        Map<String, Object> fine = Map.of("programme", "FIRST_STEP", "title", title, "opensAt", "2027-12-01T09:00",
                "closesAt", "2028-01-15T17:00", "envelopeEur", 250000);
        String manager = manager();
        assertRefused("unknown field", createCall(manager, json(with(fine, "budgetEur", 1))), "budgetEur", "is not a known field");
        assertRefused("amount as text", createCall(manager, json(with(fine, "envelopeEur", "250000"))), "envelopeEur", "must be a number");
        assertRefused("programme as a number", createCall(manager, json(with(fine, "programme", 1))), "programme", "must be one of FIRST_STEP, IRP, JOINT_LAB, PRIZE");
        assertRefused("unknown programme", createCall(manager, json(with(fine, "programme", "SECOND_STEP"))), "programme", "must be one of FIRST_STEP, IRP, JOINT_LAB, PRIZE");
        assertRefused("yes for text", createCall(manager, json(with(fine, "title", false))), "title", "must be text");
        assertRefused("time as a number", createCall(manager, json(with(fine, "closesAt", 1800000000))), "closesAt", "must be a date-time");
        assertRefused("time in the spring-forward gap", createCall(manager, json(with(fine, "opensAt", "2027-03-28T02:30"))), "opensAt", "does not exist in Paris");
        assertRefused("time in the fall-back overlap", createCall(manager, json(with(fine, "closesAt", "2027-10-31T02:30"))), "closesAt", "occurs twice in Paris");
        assertRefused("days as a fraction", createCall(manager, json(with(fine, "rules", Map.of("reviewDays", 2.5)))), "rules.reviewDays", "must be a whole number");
        assertRefused("days as text", createCall(manager, json(with(fine, "rules", Map.of("reviewDays", "21")))), "rules.reviewDays", "must be a whole number");
        assertRefused("rule as a yes", createCall(manager, json(with(fine, "rules", Map.of("reviewDays", true)))), "rules.reviewDays", "must be a whole number");
        assertRefused("yes as text", createCall(manager, json(with(fine, "rules", Map.of("fairAssignment", "true")))), "rules.fairAssignment", "must be true or false");
        Map<String, Object> nullRule = new HashMap<>();
        nullRule.put("maxDurationMonths", null);
        assertRefused("null for a number", createCall(manager, json(with(fine, "rules", nullRule))), "rules.maxDurationMonths", "must not be null");
        assertRefused("cap as text", createCall(manager, json(with(fine, "rules", Map.of("maxBudgetEur", "12000")))), "rules.maxBudgetEur", "must be a number");
        assertRefused("invalid UTF-8", createCall(manager, withInvalidUtf8InTitle(json(fine))), "body", "is not valid UTF-8");

        assertThat(count("SELECT COUNT(*) FROM grant_call WHERE title LIKE 'Strict call %'")).isZero();
    }

    @Test
    void anOffsetPicksTheInstantOfATimeThatParisSkipsOrRepeats() throws Exception {
        String manager = manager();
        ResponseEntity<String> created = createCall(manager, json(Map.of("programme", "FIRST_STEP", "title", "Offsets " + System.nanoTime(),
                "opensAt", "2027-03-28T02:30+01:00", "closesAt", "2027-10-31T02:30+01:00", "envelopeEur", 1000.50)));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Call call = calls.get(JSON.readTree(created.getBody()).get("id").asText());
        assertThat(call.opensAt()).hasToString("2027-03-28T01:30:00Z");
        assertThat(call.closesAt()).hasToString("2027-10-31T01:30:00Z");
        assertThat(call.envelopeEur()).isEqualByComparingTo("1000.50");

        ResponseEntity<String> utc = createCall(manager, json(Map.of("programme", "FIRST_STEP", "title", "UTC " + System.nanoTime(),
                "opensAt", "2027-12-01T08:00:00Z", "closesAt", "2028-01-15T16:00Z", "envelopeEur", 1000)));
        assertThat(JSON.readTree(utc.getBody()).get("closesAt").asText()).isEqualTo("2028-01-15T17:00:00+01:00");
    }

    // ---- prize edition settings: PUT /api/prize/editions/{callId} ----

    @Test
    void anEditionsAnnouncementIsAParisTimeThatMustExistOrAnExactInstant() throws Exception {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call prize = calls.create(new CallService.NewCall("PRIZE", "Strict prize " + System.nanoTime(), now.minusDays(1),
                LocalDateTime.parse("2027-06-01T17:00"), new BigDecimal("50000"), Map.of()), "test");
        String manager = manager();
        String path = "/api/prize/editions/" + prize.id();

        assertRefused("gap", putJson(path, manager, "{\"announceAt\":\"2027-03-28T02:30\"}"), "announceAt", "does not exist in Paris");
        assertRefused("overlap", putJson(path, manager, "{\"announceAt\":\"2027-10-31T02:30\"}"), "announceAt", "occurs twice in Paris");
        assertRefused("unknown field", putJson(path, manager, "{\"announcedAt\":\"2027-10-01T12:00\"}"), "announcedAt", "is not a known field");
        assertRefused("yes as text", putJson(path, manager, "{\"excludeHomeCountry\":\"yes\"}"), "excludeHomeCountry", "must be true or false");
        assertThat(count("SELECT COUNT(*) FROM prize_edition WHERE call_id = ?", prize.id())).isZero();

        ResponseEntity<String> set = putJson(path, manager, "{\"announceAt\":\"2027-10-31T02:30+01:00\"}");
        assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(set.getBody()).get("announceAt").asText()).isEqualTo("2027-10-31T01:30:00Z");
    }

    // ---- what Spring itself refuses ----

    @Test
    void springsOwnRefusalsAreProblemsWithoutJavaNames() {
        String manager = manager();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(manager, manager);
        ResponseEntity<String> wrongMethod = http.exchange("/api/calls", HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
        assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertPlainProblem(wrongMethod);

        headers.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<String> wrongType = http.exchange("/api/calls", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertPlainProblem(wrongType);

        ResponseEntity<String> nothing = http.exchange("/api/nothing-here", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertPlainProblem(nothing);

        ResponseEntity<String> unknownCall = http.exchange("/api/calls/no-such-call", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(unknownCall.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertPlainProblem(unknownCall);

        Call call = openFirstStepCall();
        String alice = applicant("en");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("application", jsonPart(json(eligibleApplication()).getBytes(StandardCharsets.UTF_8)));
        assertRefused("missing part", multipart(call.id(), alice, parts), "proposal", "is required");
    }

    // ---- helpers ----

    private static void refusal(Map<String, Consumer<Map<String, Object>>> cases, Map<String, String> fields, Map<String, String> messages,
                                String name, Consumer<Map<String, Object>> change, String field, String message) {
        cases.put(name, change);
        fields.put(name, field);
        messages.put(name, message);
    }

    private static Map<String, Object> partner(String key, Object value) {
        Map<String, Object> partner = new HashMap<>(Map.of("institution", "University of Tokyo", "country", "JP",
                "leadName", "Ken Sato", "email", "ken.sato@u-tokyo.example"));
        partner.put(key, value);
        return partner;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private void assertRefused(String name, ResponseEntity<String> response, String field, String message) {
        assertThat(response.getStatusCode()).as(name + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = assertPlainProblem(response);
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            if (e.path("field").asText().equals(field)) {
                named.add(e.path("message").asText());
            }
        });
        assertThat(named).as(name + ": " + response.getBody()).anySatisfy(m -> assertThat(m).contains(message));
    }

    private JsonNode assertPlainProblem(ResponseEntity<String> response) {
        String body = response.getBody();
        assertThat(body).as("a problem detail").isNotNull();
        assertThat(JAVA.matcher(body).find()).as("no Java name in " + body).isFalse();
        try {
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).as(body).isEqualTo(response.getStatusCode().value());
            if (response.getHeaders().getContentType() != null) {
                assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(body).isTrue();
            }
            return problem;
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static byte[] withInvalidUtf8InTitle(String json) {
        int at = json.indexOf("\"title\":\"") + "\"title\":\"".length();
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
        return concat(head, OVERLONG_SLASH, tail);
    }

    private static byte[] concat(byte[]... pieces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static HttpEntity<byte[]> jsonPart(byte[] json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    private ResponseEntity<String> submitJson(String callId, String userId, byte[] applicationJson) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("application", jsonPart(applicationJson));
        parts.add("proposal", pdfPart(pdf(), "proposal.pdf"));
        return multipart(callId, userId, parts);
    }

    private ResponseEntity<String> multipart(String callId, String userId, MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(userId, userId);
        return http.exchange("/api/calls/" + callId + "/applications", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    private ResponseEntity<String> register(Object body) {
        return postJson("/api/register", null, body);
    }

    private ResponseEntity<String> createCall(String manager, Object body) {
        return postJson("/api/calls", manager, body);
    }

    private ResponseEntity<String> postJson(String path, String userId, Object body) {
        return sendJson(HttpMethod.POST, path, userId, body);
    }

    private ResponseEntity<String> putJson(String path, String userId, Object body) {
        return sendJson(HttpMethod.PUT, path, userId, body);
    }

    private ResponseEntity<String> sendJson(HttpMethod method, String path, String userId, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (userId != null) {
            headers.setBasicAuth(userId, userId);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
