package io.grantflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session on the portal: the login form with its CSRF token, then requests with the session cookie. */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PortalSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PortalSession anonymous(int port) {
        return new PortalSession(port);
    }

    /** Logs in with the password equal to the user id, as test users are made. */
    public static PortalSession logIn(int port, String userId) {
        PortalSession session = new PortalSession(port);
        HttpResponse<byte[]> answer = session.submitForm("/login", "username=" + encode(userId) + "&password=" + encode(userId));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + userId + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /**
     * Submits the form of a page as a browser would, with the page's CSRF token; {@code fields} are sent as
     * written (already URL-encoded), so that they may carry bytes a browser would not send.
     */
    public HttpResponse<byte[]> submitForm(String path, String fields) {
        String page = new String(get(path).body(), StandardCharsets.UTF_8);
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + path + ": " + page);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(token.group(1)))).build());
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
