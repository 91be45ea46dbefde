package io.grantflow.review.publications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.grantflow.names.Orcids;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a person's works from the ORCID public API (v3.0 "/{orcid}/works", no token needed). The base URL is the
 * setting grantflow.orcid.base-url, so that an offline installation points it at a mirror or leaves it unused.
 */
@Component
public class OrcidClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OrcidClient(@Value("${grantflow.orcid.base-url:https://pub.orcid.org/v3.0}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The works of that iD; an iD that is not one, or an ORCID that does not answer, is an {@link OrcidException}. */
    public List<Work> works(String orcid) {
        String id = Orcids.normalise(orcid);
        if (id == null) {
            throw new OrcidException("'" + orcid + "' is not an ORCID iD (0000-0000-0000-0000, last character checked)");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + id + "/works"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(15)).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OrcidException("ORCID cannot be reached at " + baseUrl, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrcidException("the ORCID request was interrupted", true);
        }
        if (response.statusCode() == 404) {
            throw new OrcidException("ORCID has no record " + id);
        }
        if (response.statusCode() != 200) {
            throw new OrcidException("ORCID answered " + response.statusCode() + " for " + id, true);
        }
        try {
            return OrcidWorksReader.read(JSON.readTree(response.body()));
        } catch (IOException | PublicationFileException e) {
            throw new OrcidException("ORCID's answer for " + id + " cannot be read: " + e.getMessage(), true);
        }
    }

    public static class OrcidException extends RuntimeException {
        private final boolean unreachable;

        public OrcidException(String message) {
            this(message, false);
        }

        OrcidException(String message, boolean unreachable) {
            super(message);
            this.unreachable = unreachable;
        }

        /** ORCID did not answer, or not as it should: nothing the person who asked can mend. */
        public boolean unreachable() {
            return unreachable;
        }
    }
}
