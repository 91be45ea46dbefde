package io.grantflow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Grantflow's HTTP API as an outside client sees it (java.net.http, no Spring): for tests and benchmarks
 * that talk to a node in another JVM or to several nodes. Passwords are {@link #password(String)}.
 */
public final class ApiClient {

    /** A password the sign-up rules accept: long enough, not common, not containing the user id. */
    public static String password(String userId) {
        return new StringBuilder(userId).reverse() + " river stones";
    }
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body) {
        public String field(String name) {
            try {
                JsonNode value = JSON.readTree(body).get(name);
                return value == null ? null : value.asText();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    /** A new applicant account through the public registration API. */
    public Response register(String userId) throws IOException, InterruptedException {
        String body = json(Map.of("userId", userId, "firstName", "Test", "lastName", userId,
                "email", userId + "@test.grantflow.example", "password", password(userId), "language", "en"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Puts a user in a group through the engine REST API, as the administrator does in Camunda Admin. */
    public Response addToGroup(String admin, String adminPassword, String groupId, String userId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/group/" + groupId + "/members/" + userId))
                .header("Authorization", basic(admin, adminPassword)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** A First Step call that opened yesterday and closes in a week; returns its id. */
    public String openFirstStepCall(String manager, String managerPassword, String title) throws IOException, InterruptedException {
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"));
        String body = json(Map.of("programme", "FIRST_STEP", "title", title, "opensAt", now.minusDays(1).withNano(0).toString(),
                "closesAt", now.plusDays(7).withNano(0).toString(), "envelopeEur", 100000, "rules", Map.of()));
        Response response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/calls"))
                .header("Authorization", basic(manager, managerPassword))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.status() != 201) {
            throw new IllegalStateException("call not created: " + response);
        }
        return response.field("id");
    }

    /** A First Step submission as the portal's API takes it: multipart with the JSON and the PDF. */
    public Response submit(String callId, String userId, Object application, byte[] proposal, String idempotencyKey)
            throws IOException, InterruptedException {
        String boundary = "grantflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "application", null, "application/json", json(application).getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "proposal", "proposal.pdf", "application/pdf", proposal);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/calls/" + callId + "/applications"))
                .header("Authorization", basic(userId, password(userId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public Response get(String path, String userId, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (userId != null) {
            request.header("Authorization", basic(userId, password));
        }
        return send(request);
    }

    private static Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String type, byte[] content)
            throws IOException {
        String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.write(header.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
