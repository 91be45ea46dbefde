package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The reviewer pool for API users: the list, a profile read and replaced, and problem details on bad input. */
class ReviewerApiTest extends IntegrationTest {

    @Autowired ReviewerService reviewers;

    @Test
    void aManagerListsThePoolAndReplacesAProfileWithItsPublications() {
        String manager = manager();
        String bare = user("reviewer", "en", Groups.REVIEWERS);
        String profiled = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(profiled, "ETH Zürich", "CH", List.of("optics"), null, 3));

        JsonNode pool = get("/api/reviewers", manager, JsonNode.class).getBody();
        assertThat(entry(pool, bare).path("hasProfile").asBoolean()).isFalse();
        assertThat(entry(pool, bare).path("institution").isTextual()).isFalse();
        assertThat(entry(pool, profiled).path("country").asText()).isEqualTo("CH");
        assertThat(entry(pool, profiled).path("maxLoad").asInt()).isEqualTo(3);
        assertThat(get("/api/reviewers/" + bare + "/profile", manager, String.class).getStatusCode().value()).isEqualTo(404);

        String body = json(Map.of("institution", "Universidade de São Paulo", "country", "br",
                "expertise", List.of("Soil  Science", "soil science", "hydrology"), "maxLoad", 8, "language", "fr",
                "publications", List.of(Map.of("year", 2023, "title", "Rivers, rains and roots"))));
        ResponseEntity<JsonNode> put = sendJson(HttpMethod.PUT, "/api/reviewers/" + bare + "/profile", manager, body, JsonNode.class);
        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody().path("country").asText()).isEqualTo("BR");
        assertThat(put.getBody().path("expertise")).extracting(JsonNode::asText).containsExactly("soil science", "hydrology");
        JsonNode read = get("/api/reviewers/" + bare + "/profile", manager, JsonNode.class).getBody();
        assertThat(read.path("language").asText()).isEqualTo("fr");
        assertThat(read.path("publications").get(0).path("title").asText()).isEqualTo("Rivers, rains and roots");
        assertThat(read.path("publications").get(0).path("year").asInt()).isEqualTo(2023);
        assertThat(reviewers.find(bare).orElseThrow().maxLoad()).isEqualTo(8);
    }

    @Test
    void badInputIsAProblemDetailNamingEachFieldAndChangesNothing() {
        String manager = manager();
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(reviewer, "Kept", "JP", List.of("kept"), null, 2));

        String body = json(Map.of("institution", "x".repeat(301), "country", "ZZ", "expertise", List.of(" "), "maxLoad", 0,
                "language", "de", "publications", List.of(Map.of("year", 1700, "title", "Old"))));
        ResponseEntity<JsonNode> refused = sendJson(HttpMethod.PUT, "/api/reviewers/" + reviewer + "/profile", manager, body, JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("institution", "country", "expertise", "maxLoad", "language", "publications");

        ResponseEntity<JsonNode> wrongType = sendJson(HttpMethod.PUT, "/api/reviewers/" + reviewer + "/profile", manager,
                "{\"maxLoad\": \"many\"}", JsonNode.class);
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> unknownField = sendJson(HttpMethod.PUT, "/api/reviewers/" + reviewer + "/profile", manager,
                "{\"institution\": \"X\", \"admin\": true}", JsonNode.class);
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        assertThat(sendJson(HttpMethod.PUT, "/api/reviewers/" + reviewer + "/profile", manager, "not json", JsonNode.class)
                .getStatusCode().value()).isEqualTo(400);

        assertThat(reviewers.find(reviewer).orElseThrow().institution()).isEqualTo("Kept");
        assertThat(sendJson(HttpMethod.PUT, "/api/reviewers/" + applicant("en") + "/profile", manager,
                json(Map.of("institution", "X", "country", "FR", "expertise", List.of("x"), "maxLoad", 1, "language", "en")),
                JsonNode.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aReviewerCannotWriteHisOwnProfile() {
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        String body = json(Map.of("institution", "Mine", "country", "FR", "expertise", List.of("everything"), "maxLoad", 50, "language", "en"));
        assertThat(sendJson(HttpMethod.PUT, "/api/reviewers/" + reviewer + "/profile", reviewer, body, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(reviewers.find(reviewer)).isEmpty();
    }

    private static JsonNode entry(JsonNode pool, String userId) {
        for (JsonNode e : pool) {
            if (e.path("userId").asText().equals(userId)) {
                return e;
            }
        }
        throw new AssertionError("no " + userId + " in " + pool);
    }
}
