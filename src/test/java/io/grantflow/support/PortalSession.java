package io.grantflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session on the portal: the login form with its CSRF token, then requests with the session cookie. */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String forwardedFor;
    private String acceptLanguage;
    private String accept;

    private PortalSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PortalSession anonymous(int port) {
        return new PortalSession(port);
    }

    /** Logs in with the password equal to the user id, as test users are made. */
    public static PortalSession logIn(int port, String userId) {
        return logIn(port, userId, userId);
    }

    public static PortalSession logIn(int port, String userId, String password) {
        PortalSession session = new PortalSession(port);
        HttpResponse<byte[]> answer = session.logInAttempt(userId, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + userId + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /** The portal's login form sent once: a 302 to the applications on success, to /login?error on failure. */
    public HttpResponse<byte[]> logInAttempt(String userId, String password) {
        return postForm("/login", "/login", Map.of("username", userId, "password", password));
    }

    /**
     * Submits the form of a page as a browser would, with the page's CSRF token; {@code fields} are sent as
     * written (already URL-encoded), so that they may carry bytes a browser would not send.
     */
    public HttpResponse<byte[]> submitForm(String path, String fields) {
        return submitForm(path, path, fields);
    }

    /** The same, the form taken from {@code page} and sent to {@code path}, as a page's form that posts elsewhere. */
    public HttpResponse<byte[]> submitForm(String page, String path, String fields) {
        Matcher token = CSRF.matcher(new String(get(page).body(), StandardCharsets.UTF_8));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(token.group(1)))));
    }

    /** Opens the page, then sends the form fields to the path with the page's CSRF token, as a browser does. */
    public HttpResponse<byte[]> postForm(String page, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(new String(get(page).body(), StandardCharsets.UTF_8));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        StringBuilder form = new StringBuilder("_csrf=").append(encode(token.group(1)));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** Posts a multipart body (an upload form) with the CSRF token of the login page, in the query. */
    public HttpResponse<byte[]> postMultipart(String path, String boundary, byte[] body) {
        Matcher token = CSRF.matcher(new String(get("/login").body(), StandardCharsets.UTF_8));
        String csrf = token.find() ? token.group(1) : "";
        return send(HttpRequest.newBuilder(URI.create(base + path + (path.contains("?") ? "&" : "?") + "_csrf=" + encode(csrf)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends every later request as if through a reverse proxy for this client address (X-Forwarded-For). */
    public PortalSession from(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    /** Sends every later request with the browser's preferred language (Accept-Language). */
    public PortalSession speaking(String language) {
        this.acceptLanguage = language;
        return this;
    }

    /** Sends every later request asking for HTML first, as a browser does, so that a refusal comes as a page. */
    public PortalSession readingPages() {
        this.accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        return this;
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A page opened as a browser opens it: asking for HTML first. */
    public HttpResponse<byte[]> getPage(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
    }

    public String base() {
        return base;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (accept != null) {
            request.setHeader("Accept", accept);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
