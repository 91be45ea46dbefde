package io.grantflow.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Every way to send a password passes here first: HTTP Basic (the API, /engine-rest), the portal's login form
 * and the login of Camunda's webapps. A client that must wait gets 429 with Retry-After, without its password
 * being checked; otherwise the answer tells whether the password was right, and {@link LoginThrottle} counts it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final String PORTAL_LOGIN = "/login";
    /** Where an HTTP Basic password is checked; elsewhere the header is ignored and proves nothing. */
    private static final Pattern BASIC_PATHS = Pattern.compile("/(api|actuator|engine-rest)(/|$)");

    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.throttle = throttle;
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    private enum Kind { BASIC, PORTAL_FORM, WEBAPP_FORM }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kindOf(request);
        String userId = kind == null ? null : userIdOf(kind, request);
        if (userId == null || userId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitBefore(client, userId);
        if (!wait.isZero()) {
            refuse(kind, request, response, wait);
            return;
        }
        chain.doFilter(request, response);
        Boolean accepted = accepted(kind, response);
        if (Boolean.TRUE.equals(accepted)) {
            throttle.succeeded(client, userId);
        } else if (Boolean.FALSE.equals(accepted)) {
            throttle.failed(client, userId);
        }
    }

    private static Kind kindOf(HttpServletRequest request) {
        // decoded and without path parameters, as the servlets match it: "/login;x=1" or "log%69n" are the same login
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return BASIC_PATHS.matcher(path).lookingAt() ? Kind.BASIC : null;
        }
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        if (PORTAL_LOGIN.equals(path)) {
            return Kind.PORTAL_FORM;
        }
        return WEBAPP_LOGIN.matcher(path).matches() ? Kind.WEBAPP_FORM : null;
    }

    private static String userIdOf(Kind kind, HttpServletRequest request) {
        if (kind == Kind.PORTAL_FORM) {
            return request.getParameter("username"); // as Spring Security reads it
        }
        if (kind == Kind.WEBAPP_FORM) {
            // The webapps read the first username of the body; the servlet lists those of the query string first.
            String[] values = request.getParameterValues("username");
            int inQuery = occurrences(request.getQueryString(), "username");
            return values != null && values.length > inQuery ? values[inQuery] : null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(request.getHeader(HttpHeaders.AUTHORIZATION).substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: refused further on, and no password was tried
        }
    }

    private static int occurrences(String query, String name) {
        if (query == null) {
            return 0;
        }
        int count = 0;
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    count++;
                }
            } catch (IllegalArgumentException e) {
                // a malformed escape: the servlet skips that parameter too
            }
        }
        return count;
    }

    /**
     * True when the password was right, false when it was wrong, null when the answer does not tell (a request
     * refused before its password was checked, say): only a proven success resets the count.
     */
    private static Boolean accepted(Kind kind, HttpServletResponse response) {
        int status = response.getStatus();
        return switch (kind) {
            case BASIC, WEBAPP_FORM -> status == 401 ? Boolean.FALSE : status >= 200 && status < 300 ? Boolean.TRUE : null;
            case PORTAL_FORM -> {
                String location = response.getHeader(HttpHeaders.LOCATION);
                if (status != 302 || location == null) {
                    yield null; // no CSRF token, for instance: the password was not checked
                }
                yield location.contains(PORTAL_LOGIN + "?error") ? Boolean.FALSE : Boolean.TRUE;
            }
        };
    }

    private void refuse(Kind kind, HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Locale locale = kind == Kind.PORTAL_FORM ? locales.resolveLocale(request) : Locale.ENGLISH;
        String detail = messages.getMessage("login.throttled", new Object[] {seconds}, locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        // answered before Spring Security writes its headers
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", kind == Kind.PORTAL_FORM ? SecurityConfig.PORTAL_POLICY : SecurityConfig.API_POLICY);
        if (kind == Kind.PORTAL_FORM) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String title = HtmlUtils.htmlEscape(messages.getMessage("login.title", null, locale));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · Grantflow</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/portal.css\"></head><body><main class=\"narrow\">"
                    + "<h1>" + title + "</h1><p class=\"error\" id=\"throttled\">" + HtmlUtils.htmlEscape(detail) + "</p>"
                    + "<p><a href=\"" + request.getContextPath() + PORTAL_LOGIN + "\">" + title + "</a></p></main></body></html>");
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle("Too many failed logins");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
