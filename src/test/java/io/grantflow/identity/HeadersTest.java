package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The security headers of the portal, the API and Swagger UI; HSTS once the request came over HTTPS. */
class HeadersTest extends IntegrationTest {

    @Test
    void portalPagesForbidInlineScriptAndSniffing() {
        for (String page : List.of("/", "/login", "/register")) {
            HttpHeaders headers = fetch(page, null).getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(page)
                    .isEqualTo(SecurityConfig.PORTAL_POLICY).contains("script-src 'self';").doesNotContain("unsafe");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Strict-Transport-Security")).as("not over plain HTTP").isNull();
        }
    }

    @Test
    void apiAnswersLoadNothing() {
        HttpHeaders headers = fetch("/api/calls", null).getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void swaggerUiGetsThePolicyItNeedsWithoutInlineScript() {
        ResponseEntity<String> page = fetch("/swagger-ui/index.html", null);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).doesNotContain("<script>");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityConfig.SWAGGER_POLICY)
                .contains("script-src 'self';");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        assertThat(sessionCookie(null)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void overHttpsThroughTheProxyPortalAndApiSendHsts() {
        for (String path : List.of("/", "/api/calls")) {
            HttpHeaders headers = fetch(path, "https").getHeaders();
            assertThat(headers.getFirst("Strict-Transport-Security")).as(path).startsWith("max-age=").contains("includeSubDomains");
        }
        assertThat(sessionCookie("https")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() {
        String policy = fetch("/camunda/app/tasklist/default/", null).getHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).isNotEqualTo(SecurityConfig.PORTAL_POLICY);
    }

    private String sessionCookie(String forwardedProto) {
        return fetch("/register", forwardedProto).getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    private ResponseEntity<String> fetch(String path, String forwardedProto) {
        HttpHeaders headers = new HttpHeaders();
        if (forwardedProto != null) {
            headers.set("X-Forwarded-Proto", forwardedProto);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
