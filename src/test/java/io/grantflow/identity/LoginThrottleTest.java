package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.MovableClock;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Failed logins make the guesser wait (429 with Retry-After), per client address and user id, with a looser
 * cap per address; the account itself is never locked, so a stranger elsewhere cannot keep its owner out.
 * Client addresses come through X-Forwarded-For, as from a reverse proxy.
 */
class LoginThrottleTest extends IntegrationTest {

    private static final int LIMIT = LoginThrottle.PER_ACCOUNT.failures();

    @Autowired MovableClock clock;

    @Test
    void afterTheLimitTheSameClientWaitsEvenWithTheRightPasswordLongerAfterEachFailureUntilASuccess() {
        String user = applicant("en");
        String client = "203.0.113.10";
        for (int i = 0; i < LIMIT; i++) {
            assertThat(engineRest(client, user, "wrong").getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> waiting = engineRest(client, user, user);
        assertThat(waiting.getStatusCode().value()).isEqualTo(429);
        assertThat(waiting.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(waiting.getBody()).contains("Too many failed logins");

        clock.advance(Duration.ofMillis(1500));
        assertThat(engineRest(client, user, "wrong again").getStatusCode().value()).isEqualTo(401);
        assertThat(engineRest(client, user, user).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as("the wait doubles").isEqualTo("2");

        clock.advance(Duration.ofMillis(2500));
        assertThat(engineRest(client, user, user).getStatusCode().value()).isEqualTo(200);
        assertThat(engineRest(client, user, "wrong").getStatusCode().value()).as("the success reset the count").isEqualTo(401);
        assertThat(engineRest(client, user, user).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aStrangerFailingFromAnotherAddressDoesNotStopTheRealUser() {
        String user = applicant("en");
        for (int i = 0; i < 3 * LIMIT; i++) {
            engineRest("198.51.100.20", user, "guess" + i);
        }
        assertThat(engineRest("198.51.100.20", user, user).getStatusCode().value()).isEqualTo(429);

        assertThat(engineRest(null, user, user).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/applications", user, String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(PortalSession.logIn(port, user).get("/portal/applications").statusCode()).isEqualTo(200);
        assertThat(identity.checkPassword(user, user)).as("Camunda did not lock the user").isTrue();
    }

    @Test
    void oneAddressTryingManyUserIdsWaitsForEveryUserId() {
        String user = applicant("en");
        String client = "192.0.2.30";
        for (int i = 0; i < LoginThrottle.PER_CLIENT.failures(); i++) {
            assertThat(engineRest(client, "ghost" + i, "guess").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(engineRest(client, user, user).getStatusCode().value()).isEqualTo(429);
        assertThat(engineRest("192.0.2.31", user, user).getStatusCode().value()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(2));
        assertThat(engineRest(client, user, user).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void thePortalLoginFormAndTheApiAreThrottledToo() {
        String user = applicant("fr");
        PortalSession guesser = PortalSession.anonymous(port).from("203.0.113.40");
        for (int i = 0; i < LIMIT; i++) {
            HttpResponse<byte[]> failed = guesser.logInAttempt(user, "wrong" + i);
            assertThat(failed.headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        HttpResponse<byte[]> waiting = guesser.logInAttempt(user, user);
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("1");
        assertThat(new String(waiting.body(), StandardCharsets.UTF_8)).contains("id=\"throttled\"");

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.set("X-Forwarded-For", "203.0.113.40");
        assertThat(http.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value())
                .as("the same client and user id on the API").isEqualTo(429);
    }

    @Test
    void theWebappsLoginIsThrottledAndStillLogsIn() throws Exception {
        String manager = manager();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(webappLogin("203.0.113.50", manager, "wrong").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> waiting = webappLogin("203.0.113.50", manager, manager);
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("1");
        assertThat(webappLogin("203.0.113.50", "/log%69n/tasklist?username=decoy", manager, manager).statusCode())
                .as("an escaped path and another username in the query string").isEqualTo(429);

        HttpResponse<String> loggedIn = webappLogin("203.0.113.51", manager, manager);
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        assertThat(loggedIn.body()).contains("\"userId\":\"" + manager + "\"");
    }

    private ResponseEntity<String> engineRest(String client, String userId, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, password);
        if (client != null) {
            headers.set("X-Forwarded-For", client);
        }
        return http.exchange("/engine-rest/process-definition/count", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The login of Tasklist's page: its CSRF token comes as a cookie with the page and goes back as a header. */
    private HttpResponse<String> webappLogin(String client, String userId, String password) throws IOException, InterruptedException {
        return webappLogin(client, "/login/tasklist", userId, password);
    }

    private HttpResponse<String> webappLogin(String client, String login, String userId, String password)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda";
        browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default" + login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
