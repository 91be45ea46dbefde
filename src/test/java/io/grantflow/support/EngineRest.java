package io.grantflow.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to Camunda's engine REST API with HTTP Basic, as any user with a password could make them. */
public record EngineRest(TestRestTemplate http, String userId, String password) {

    public static EngineRest as(TestRestTemplate http, String userId) {
        return new EngineRest(http, userId, userId);
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String path, String json) {
        return exchange(HttpMethod.POST, path, json);
    }

    public ResponseEntity<String> put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json);
    }

    public ResponseEntity<String> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, password);
        if (json != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
    }
}
