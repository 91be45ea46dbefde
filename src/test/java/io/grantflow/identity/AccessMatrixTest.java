package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the product, found from the controller mappings, against every kind of caller, with the status
 * each one gets; and engine REST's write endpoints. An endpoint added without a line here fails the test, which then
 * prints the line as it is, to be checked before it is added. A status is what the caller gets: 401 or a redirect to
 * the login page (302>login) for anonymous callers, 403 for a role that may not, 404 for a record that is not the
 * caller's, anything else once the door is passed (400 for the empty body each write is sent, 404 for unknown tokens).
 * A dash is a call not made (an administrator's start of a process would start it).
 */
class AccessMatrixTest extends CallScenario {

    private static final List<String> CALLERS = List.of("anonymous", "applicant", "otherApplicant", "reviewer", "otherReviewer",
            "manager", "admin");

    private static final String MATRIX = """
            DELETE /engine-rest/process-instance/{instance}                 401 403 403 403 403 403 -
            GET /                                                           200 200 200 200 200 200 200
            GET /agreement/sign/{token}                                     404 404 404 404 404 404 404
            GET /agreement/sign/{token}/agreement.pdf                       404 404 404 404 404 404 404
            GET /api/applications                                           401 200 200 200 200 200 200
            GET /api/applications/{id}                                      401 200 404 404 404 200 404
            GET /api/applications/{id}/irp                                  401 404 404 404 404 404 404
            GET /api/applications/{id}/proposal                             401 200 404 404 404 200 404
            GET /api/calls                                                  200 200 200 200 200 200 200
            GET /api/calls/{callId}/assignments                             401 403 403 403 403 200 403
            GET /api/calls/{callId}/audit                                   401 403 403 403 403 200 403
            GET /api/calls/{callId}/bidding                                 401 403 403 200 404 403 403
            GET /api/calls/{callId}/dashboard                               401 403 403 403 403 200 403
            GET /api/calls/{callId}/dashboard/applications                  401 403 403 403 403 400 403
            GET /api/calls/{callId}/doubtful-exclusions                     401 403 403 403 403 200 403
            GET /api/calls/{callId}/exports/decisions.csv                   401 403 403 403 403 200 403
            GET /api/calls/{callId}/exports/ranking.csv                     401 403 403 403 403 200 403
            GET /api/calls/{callId}/exports/ranking.xlsx                    401 403 403 403 403 200 403
            GET /api/calls/{callId}/ranking                                 401 403 403 403 403 200 403
            GET /api/calls/{id}                                             200 200 200 200 200 200 200
            GET /api/dashboard                                              401 403 403 403 403 200 403
            GET /api/notifications                                          401 403 403 403 403 200 403
            GET /api/notifications/{id}                                     401 403 403 403 403 404 403
            GET /api/programmes                                             200 200 200 200 200 200 200
            GET /api/programmes/refused                                     401 403 403 403 403 200 200
            POST /api/notifications/{id}/resend                             401 403 403 403 403 404 403
            GET /portal/outbox                                              302>login 403 403 403 403 200 403
            POST /portal/outbox/{id}/resend                                 302>login 403 403 403 403 404 403
            GET /api/processes/{key}/plan                                   401 403 403 403 403 400 403
            GET /api/processes/{key}/versions                               401 403 403 403 403 200 403
            POST /api/processes/{key}/migrations                            401 403 403 403 403 400 403
            GET /portal/processes                                           302>login 403 403 403 403 200 403
            GET /portal/processes/{key}/plan                                302>login 403 403 403 403 400 403
            POST /portal/processes/{key}/migrations                         302>login 403 403 403 403 400 403
            GET /api/prize/candidates/{candidateId}/cv                      401 404 404 404 404 404 404
            GET /api/prize/editions/{callId}                                401 403 403 403 403 409 403
            GET /api/prize/laureates/{callId}                               409 409 409 409 409 409 409
            GET /api/prize/offers/{token}                                   404 404 404 404 404 404 404
            GET /login                                                      200 200 200 200 200 200 200
            GET /portal/applications                                        302>login 200 200 200 200 200 200
            GET /portal/applications/{id}                                   302>login 200 404 404 404 200 404
            GET /portal/applications/{id}/agreement                         302>login 404 404 404 404 404 404
            GET /portal/applications/{id}/annual-reports/{year}             302>login 404 404 404 404 404 404
            GET /portal/applications/{id}/final-report                      302>login 404 404 404 404 404 404
            GET /portal/calls/{callId}/apply                                302>login 302 302 302 302 302 302
            GET /portal/co-applicants/{token}                               302>login 404 404 404 404 404 404
            GET /portal/calls/new                                           302>login 403 403 403 403 200 403
            GET /portal/calls/{callId}/settings                             302>login 403 403 403 403 200 403
            GET /portal/calls/{callId}/nominate                             302>login 302 302 302 302 302 302
            GET /portal/dashboard                                           302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}                            302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/applications               302>login 403 403 403 403 400 403
            GET /portal/dashboard/calls/{callId}/assignment                 302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/panel                      302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/reviews                    302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/edition                    302>login 403 403 403 403 404 403
            GET /portal/dashboard/calls/{callId}/decisions.csv              302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/ranking.csv                302>login 403 403 403 403 200 403
            GET /portal/dashboard/calls/{callId}/ranking.xlsx               302>login 403 403 403 403 200 403
            GET /portal/nominations                                         302>login 200 200 200 200 200 200
            GET /portal/reviews/{applicationId}/proposal                    302>login 404 404 200 404 200 404
            GET /prize/offers/{token}                                       404 404 404 404 404 404 404
            GET /register                                                   200 200 200 200 200 200 200
            GET /account/forgotten                                          200 200 200 200 200 200 200
            POST /agreement/sign/{token}                                    404 404 404 404 404 404 404
            POST /api/applications/{id}/agreement/partners/{position}/new-link 401 403 403 403 403 409 403
            POST /api/applications/{id}/annual-report                       401 409 404 404 404 404 404
            POST /api/applications/{id}/award/acceptance                    401 409 404 404 404 404 404
            POST /api/applications/{id}/final-report                        401 409 404 404 404 404 404
            POST /api/calls                                                 401 403 403 403 403 400 403
            POST /api/calls/{callId}/applications                           401 409 409 409 409 409 409
            POST /api/calls/{callId}/doubtful-exclusions/{matchId}          401 403 403 403 403 404 403
            POST /api/calls/{callId}/nominations                            401 409 409 409 409 409 409
            POST /api/prize/offers/{token}                                  400 400 400 400 400 400 400
            POST /api/register                                              400 400 400 400 400 400 400
            POST /engine-rest/authorization/create                          401 403 403 403 403 403 -
            POST /engine-rest/filter/create                                 401 403 403 403 403 403 -
            POST /engine-rest/group/create                                  401 403 403 403 403 403 -
            POST /engine-rest/message                                       401 400 400 400 400 400 -
            POST /engine-rest/process-definition/key/first-step-application/start 401 404 404 404 404 403 -
            POST /engine-rest/process-definition/key/grant-call/start       401 404 404 404 404 403 -
            POST /engine-rest/process-definition/key/irp-application/start  401 404 404 404 404 403 -
            POST /engine-rest/process-definition/key/notification-delivery/start 401 404 404 404 404 403 -
            POST /engine-rest/process-definition/key/prize-edition/start    401 404 404 404 404 403 -
            POST /engine-rest/process-definition/key/review-round/start     401 404 404 404 404 403 -
            POST /engine-rest/process-instance/{instance}/modification      401 403 403 403 403 403 -
            POST /engine-rest/process-instance/{instance}/variables         401 403 403 403 403 403 -
            POST /engine-rest/task/{task}/assignee                          401 403 403 403 403 403 400
            POST /engine-rest/task/{task}/claim                             401 403 403 400 403 403 -
            POST /engine-rest/task/{task}/complete                          401 403 403 400 403 403 409
            POST /engine-rest/task/{task}/delegate                          401 403 403 403 403 403 -
            POST /engine-rest/task/{task}/identity-links                    401 403 403 403 403 403 -
            POST /engine-rest/task/{task}/localVariables                    401 403 403 403 403 403 -
            POST /engine-rest/task/{task}/unclaim                           401 403 403 403 403 403 400
            POST /engine-rest/task/{task}/variables                         401 403 403 403 403 403 -
            POST /engine-rest/user/create                                   401 403 403 403 403 403 -
            POST /portal/applications/{id}/award                            302>login 409 404 404 404 404 404
            POST /portal/applications/{id}/report                           302>login 409 404 404 404 404 404
            POST /portal/applications/{id}/annual-report                    302>login 409 404 404 404 404 404
            POST /portal/applications/{id}/reply                            302>login 409 404 404 404 404 404
            POST /portal/calls/{callId}/apply                               302>login 400 400 400 400 400 400
            POST /portal/calls/{callId}/co-applicants                       302>login 400 400 400 400 400 400
            POST /portal/calls/{callId}/draft                               302>login 409 409 409 409 409 409
            POST /portal/co-applicants/{token}                              302>login 404 404 404 404 404 404
            POST /portal/dashboard/calls/{callId}/doubtful-exclusions/{matchId} 302>login 403 403 403 403 400 403
            POST /portal/dashboard/calls/{callId}/assignment/pins           302>login 403 403 403 403 409 403
            POST /portal/dashboard/calls/{callId}/assignment/release        302>login 403 403 403 403 409 403
            POST /portal/dashboard/calls/{callId}/assignment/removed-pairs  302>login 403 403 403 403 409 403
            POST /portal/dashboard/calls/{callId}/assignment/restored-pairs 302>login 403 403 403 403 409 403
            POST /portal/dashboard/calls/{callId}/panel                     302>login 403 403 403 403 400 403
            POST /portal/dashboard/calls/{callId}/reviews/{assignmentId}/remind 302>login 403 403 403 403 404 403
            POST /portal/dashboard/calls/{callId}/reviews/{assignmentId}/replace 302>login 403 403 403 403 404 403
            POST /portal/dashboard/calls/{callId}/edition                   302>login 403 403 403 403 404 403
            POST /portal/calls/new                                          302>login 403 403 403 403 400 403
            POST /portal/calls/{callId}/settings                            302>login 403 403 403 403 400 403
            POST /portal/calls/{callId}/nominate                            302>login 400 400 400 400 400 400
            POST /prize/offers/{token}                                      400 400 400 400 400 400 400
            POST /register                                                  400 400 400 400 400 400 400
            POST /account/forgotten                                         400 400 400 400 400 400 400
            PUT /api/calls/{callId}/bids/{applicationId}                    401 403 403 409 404 403 403
            PUT /api/calls/{callId}/panel                                   401 403 403 403 403 400 403
            PUT /api/calls/{callId}/pins                                    401 403 403 403 403 400 403
            PUT /api/prize/editions/{callId}                                401 403 403 403 403 409 403
            PUT /engine-rest/process-instance/{instance}/suspended          401 403 403 403 403 403 -
            GET /portal/account                                             302>login 200 200 200 200 200 200
            GET /portal/account/data.zip                                    302>login 200 200 200 200 200 200
            GET /portal/calls/{callId}                                      200 200 200 200 200 200 200
            GET /portal/calls/{callId}/criteria                             302>login 403 403 403 403 200 403
            GET /portal/calls/{callId}/schedule                             302>login 403 403 403 403 200 403
            GET /portal/dashboard/erasures                                  302>login 403 403 403 403 200 403
            POST /api/calls/{callId}/close                                  401 403 403 403 403 400 403
            POST /api/calls/{callId}/open                                   401 403 403 403 403 400 403
            POST /portal/account/erasure                                    302>login 302 302 302 302 302 302
            POST /portal/calls/{callId}/close                               302>login 403 403 403 403 409 403
            POST /portal/calls/{callId}/criteria                            302>login 403 403 403 403 400 403
            POST /portal/calls/{callId}/open                                302>login 403 403 403 403 409 403
            POST /portal/calls/{callId}/schedule                            302>login 403 403 403 403 400 403
            POST /portal/dashboard/erasures/{id}/confirm                    302>login 403 403 403 403 404 403
            POST /portal/dashboard/erasures/{id}/refuse                     302>login 403 403 403 403 404 403
            PUT /api/calls/{callId}/criteria                                401 403 403 403 403 400 403
            PUT /api/calls/{callId}/schedule                                401 403 403 403 403 400 403
            GET /account/password/{token}                                   404 404 404 404 404 404 404
            POST /account/password/{token}                                  404 404 404 404 404 404 404
            GET /api/reviewers                                              401 403 403 403 403 200 403
            GET /api/reviewers/{userId}/profile                             401 403 403 403 403 200 403
            PUT /api/reviewers/{userId}/profile                             401 403 403 403 403 400 403
            GET /api/reviewers/{userId}/publications                        401 403 403 403 403 200 403
            POST /api/reviewers/{userId}/publications                       401 403 403 403 403 400 403
            POST /api/reviewers/{userId}/publications/orcid                 401 403 403 403 403 400 403
            GET /portal/reviewers                                           302>login 403 403 403 403 200 403
            GET /portal/reviewers/new                                       302>login 403 403 403 403 200 403
            GET /portal/reviewers/{userId}                                  302>login 403 403 403 403 200 403
            POST /portal/reviewers/new                                      302>login 403 403 403 403 400 403
            POST /portal/reviewers/{userId}                                 302>login 403 403 403 403 400 403
            POST /portal/reviewers/{userId}/password-link                   302>login 403 403 403 403 302 403
            POST /portal/reviewers/{userId}/publications                    302>login 403 403 403 403 400 403
            POST /portal/reviewers/{userId}/publications/orcid              302>login 403 403 403 403 400 403
            GET /portal/reviewers/import                                    302>login 403 403 403 403 200 403
            POST /portal/reviewers/import                                   302>login 403 403 403 403 400 403
            GET /portal/reviewers/import/example.csv                        302>login 403 403 403 403 200 403
            GET /portal/bidding                                             302>login 403 403 200 200 403 403
            GET /portal/calls/{callId}/bidding                              302>login 403 403 200 404 403 403
            POST /portal/calls/{callId}/bidding                             302>login 403 403 409 404 403 403
            GET /api/reviews/{applicationId}/discussion                     401 404 404 404 404 404 404
            PUT /api/reviews/{applicationId}/discussion/review              401 404 404 404 404 404 404
            GET /portal/reviews                                             302>login 200 200 200 200 200 200
            GET /portal/reviews/{applicationId}/discussion                  302>login 404 404 404 404 404 404
            POST /portal/reviews/{applicationId}/discussion                 302>login 404 404 404 404 404 404
            POST /portal/dashboard/applications/{applicationId}/rapporteur  302>login 403 403 403 403 302 403
            """;

    /** Bodies that pass a request's own validation, so that what answers is the access rule; "{}" otherwise. */
    private static final Map<String, String> BODIES = Map.of(
            "PUT /api/calls/{callId}/bids/{applicationId}", "{\"bid\":0.5}",
            "POST /engine-rest/process-instance/{instance}/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Call_Eligibility\"}]}",
            "POST /engine-rest/process-instance/{instance}/variables", "{\"modifications\":{\"applicationId\":{\"value\":\"x\"}}}",
            "POST /engine-rest/task/{task}/identity-links", "{\"userId\":\"{applicant}\",\"type\":\"candidate\"}",
            "POST /engine-rest/task/{task}/assignee", "{\"userId\":\"{applicant}\"}",
            "POST /engine-rest/user/create", "{\"profile\":{\"id\":\"intruder\",\"email\":\"i@example.org\"},\"credentials\":{\"password\":\"a long password\"}}",
            "POST /engine-rest/group/create", "{\"id\":\"intruders\",\"name\":\"Intruders\",\"type\":\"WORKFLOW\"}",
            "POST /engine-rest/authorization/create",
            "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{applicant}\",\"resourceType\":0,\"resourceId\":\"*\"}",
            "POST /engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"Everything\",\"query\":{}}",
            "POST /engine-rest/message", "{\"messageName\":\"CallClosed\",\"processInstanceId\":\"{instance}\"}");

    private static final String BOUNDARY = "matrix-boundary";

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Set<String> multipart = new TreeSet<>();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyEndpointAnswersEachKindOfCallerAsTheMatrixSays() {
        Map<String, List<String>> expected = parse(MATRIX);
        Set<String> endpoints = endpoints();
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeIf(expected::containsKey);
        Set<String> stale = new TreeSet<>(expected.keySet());
        stale.removeIf(e -> endpoints.contains(e) || e.contains(" /engine-rest/"));

        Fixture fixture = fixture();
        List<String> wrong = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        Set<String> checked = new TreeSet<>(endpoints);
        expected.keySet().stream().filter(e -> e.contains(" /engine-rest/")).forEach(checked::add);
        for (String endpoint : checked) {
            List<String> want = expected.get(endpoint);
            List<String> got = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                boolean skip = want != null && want.get(i).equals("-");
                got.add(skip ? "-" : fixture.call(endpoint, CALLERS.get(i)));
            }
            actual.append(String.format("%-63s %s%n", endpoint, String.join(" ", got)));
            if (want != null && !want.equals(got)) {
                wrong.add(endpoint + ": expected " + want + ", got " + got);
            }
        }
        assertThat(missing).as("endpoints without a line in the matrix; as they answer now:\n" + actual).isEmpty();
        assertThat(stale).as("lines of the matrix for endpoints that do not exist").isEmpty();
        assertThat(wrong).as("as they answer now:\n" + actual).isEmpty();
    }

    /** "METHOD /path" for every handler method of the product. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("io.grantflow")) {
                return;
            }
            Set<String> verbs = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> verbs.add(m.name()));
            if (verbs.isEmpty()) {
                verbs.add("GET");
            }
            boolean files = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.isCompatibleWith(org.springframework.http.MediaType.MULTIPART_FORM_DATA))
                    || method.getMethodParameters().length > 0 && java.util.Arrays.stream(method.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class));
            for (String path : info.getPatternValues()) {
                verbs.forEach(verb -> endpoints.add(verb + " " + path));
                if (files) {
                    verbs.forEach(verb -> multipart.add(verb + " " + path));
                }
            }
        });
        return endpoints;
    }

    private static Map<String, List<String>> parse(String matrix) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : matrix.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
        }
        return rows;
    }

    private Fixture fixture() {
        String applicant = applicant("en");
        String otherApplicant = applicant("en");
        String reviewer = reviewer("JP", "graphene", "photonics");
        String secondReviewer = reviewer("DE", "photonics", "quantum");
        String otherReviewer = reviewer("CA", "graphene", "photonics");
        Call call = callWithPanel(List.of(reviewer, secondReviewer), Map.of(), "50000");
        String application = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("applicant", applicant);
        users.put("otherApplicant", otherApplicant);
        users.put("reviewer", reviewer);
        users.put("otherReviewer", otherReviewer);
        users.put("manager", manager());
        // the reviewer has declared no conflict and accepted: the proposal is open to him or her (ReviewAccessTest has before)
        String task = accept(reviewTaskOf(reviewer, application)).getId();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("first-step-application").processInstanceBusinessKey(application).singleResult().getId();
        Map<String, String> values = new LinkedHashMap<>(Map.of("id", application, "applicationId", application, "callId", call.id(),
                "token", "no-such-token", "candidateId", "no-such-candidate", "position", "0", "year", "1", "task", task, "instance", instance,
                "matchId", "no-such-match"));
        values.put("key", "first-step-application");
        values.put("assignmentId", "no-such-assignment");
        values.put("userId", reviewer);
        return new Fixture(users, values);
    }

    private final class Fixture {

        private final Map<String, String> users;
        private final Map<String, String> values;
        private final Map<String, PortalSession> sessions = new LinkedHashMap<>();

        Fixture(Map<String, String> users, Map<String, String> values) {
            this.users = users;
            this.values = values;
        }

        String call(String endpoint, String caller) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1).replace("/api/calls/{id}", "/api/calls/{callId}"));
            boolean files = multipart.contains(endpoint);
            String body = files ? multipartBody() : fill(BODIES.getOrDefault(endpoint, "{}"));
            return path.startsWith("/api/") || path.startsWith("/engine-rest/") ? api(verb, path, caller, body, files)
                    : page(verb, path, caller, body, files);
        }

        private String fill(String text) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text.replace("{applicant}", users.get("applicant"));
        }

        /** One part of each name the product's uploads read: JSON forms and a real PDF. */
        private String multipartBody() {
            StringBuilder body = new StringBuilder();
            for (String json : List.of("application", "nomination")) {
                body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(json)
                        .append("\"\r\nContent-Type: application/json\r\n\r\n{}\r\n");
            }
            for (String file : List.of("proposal", "report", "cv", "letters")) {
                body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(file)
                        .append("\"; filename=\"").append(file).append(".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .append(new String(pdf(), StandardCharsets.ISO_8859_1)).append("\r\n");
            }
            return body.append("--").append(BOUNDARY).append("--\r\n").toString();
        }

        private String api(String verb, String path, String caller, String body, boolean files) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", files ? "multipart/form-data; boundary=" + BOUNDARY : "application/json")
                    .method(verb, verb.equals("GET") || verb.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)));
            if (!caller.equals("anonymous")) {
                String user = caller.equals("admin") ? "admin" : users.get(caller);
                String password = caller.equals("admin") ? "admin-test-password" : user;
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return status(send(request.build()));
        }

        private String page(String verb, String path, String caller, String body, boolean files) {
            PortalSession session = sessions.computeIfAbsent(caller, c -> c.equals("anonymous") ? PortalSession.anonymous(port)
                    : PortalSession.logIn(port, c.equals("admin") ? "admin" : users.get(c), c.equals("admin") ? "admin-test-password" : users.get(c)));
            if (verb.equals("GET")) {
                return status(session.get(path));
            }
            return status(files ? session.postMultipart(path, BOUNDARY, body.getBytes(StandardCharsets.ISO_8859_1))
                    : session.postForm("/login", path, Map.of()));
        }

        private HttpResponse<byte[]> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static String status(HttpResponse<byte[]> response) {
            String location = response.headers().firstValue("Location").orElse("");
            return response.statusCode() == 302 && location.endsWith("/login") ? "302>login" : String.valueOf(response.statusCode());
        }
    }
}
