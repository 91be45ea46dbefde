package io.grantflow.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A session of Camunda's webapps as Tasklist holds it: the login of the webapp, its session cookie and its CSRF
 * token, then calls to the engine API that Tasklist's pages make (/camunda/api/engine/engine/default/...).
 */
public final class WebappSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port + "/camunda";
    }

    /** Logs in to Tasklist with the password equal to the user id, as test users are made. */
    public static WebappSession tasklist(int port, String userId) {
        WebappSession session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/tasklist/default/")).GET().build());
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(userId, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(session.withToken(HttpRequest.newBuilder(
                        URI.create(session.base + "/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + userId + " failed: " + login.statusCode() + " " + login.body());
        }
        // as Tasklist does after its login: read who is logged in, which also hands out the session's CSRF token
        HttpResponse<String> who = session.send(HttpRequest.newBuilder(URI.create(session.base + "/api/admin/auth/user/default")).GET().build());
        if (who.statusCode() != 200) {
            throw new IllegalStateException("Tasklist session of " + userId + " not established: " + who.statusCode());
        }
        return session;
    }

    /** POSTs JSON to the engine API behind Tasklist, for example "task/{id}/submit-form". */
    public HttpResponse<String> postToEngine(String path, String json) {
        return send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder request) {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        return request.header("X-XSRF-TOKEN", token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
