package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A call's own assignment settings: reviewers' bids, managers' pins, a minimum load and the fairness mode. */
class AssignmentPreferenceTest extends CallScenario {

    @Autowired ReviewerAssignmentService assignmentService;

    @Test
    void betweenTwoEquallyMatchedReviewersTheBidDecides() {
        for (int eager = 0; eager < 2; eager++) {
            List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "graphene", "photonics"));
            Call call = callWithPanel(panel, Map.of("reviewersPerApplication", 1), "50000");
            String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "lasers"), 9000);

            ResponseEntity<List> bidding = exchange(HttpMethod.GET, "/api/calls/" + call.id() + "/bidding", panel.get(eager), null, List.class);
            assertThat(bidding.getBody()).extracting(i -> ((Map<?, ?>) i).get("title")).containsExactly("Graphene photonics");
            assertThat(bidding.getBody().get(0).toString()).doesNotContain("applicant");
            assertThat(bid(call, app, panel.get(eager), "{\"bid\":1}").getStatusCode().value()).isEqualTo(204);
            closeCall(call);

            assertThat(assignmentService.assignmentsOf(app)).extracting(ReviewAssignment::reviewerId).containsExactly(panel.get(eager));
        }
    }

    @Test
    void aPinnedPairIsAssignedEvenAgainstTheText() {
        String expert = reviewer("JP", "catalysis", "polymers", "recycling");
        String stranger = reviewer("DE", "medieval", "history");
        Call call = callWithPanel(List.of(expert, stranger), Map.of("reviewersPerApplication", 1), "50000");
        String app = submitEligible(call, applicant("en"), "Catalytic recycling", List.of("catalysis", "polymers", "recycling"), 9000);

        String pins = "[{\"applicationId\":\"" + app + "\",\"reviewerId\":\"" + stranger + "\"}]";
        assertThat(exchange(HttpMethod.PUT, "/api/calls/" + call.id() + "/pins", manager(), pins, String.class).getStatusCode().value())
                .isEqualTo(204);
        closeCall(call);

        assertThat(assignmentService.assignmentsOf(app)).extracting(ReviewAssignment::reviewerId).containsExactly(stranger);
    }

    @Test
    void aMinimumLoadSpreadsTheWorkOverThePanelInFairMode() {
        Map<String, Long> withoutMinimum = loadsOfAScenario(Map.of());
        assertThat(withoutMinimum.values()).as("the two experts take everything").containsExactlyInAnyOrder(2L, 2L);

        Map<String, Long> withMinimum = loadsOfAScenario(Map.of("reviewerMinLoad", 1, "fairAssignment", true));
        assertThat(withMinimum).hasSize(4).allSatisfy((reviewer, load) -> assertThat(load).isEqualTo(1L));
    }

    @Test
    void badBidsAndPinsAreRefusedAndNothingIsStored() {
        String member = reviewer("JP", "graphene");
        String outsider = reviewer("DE", "graphene");
        Call call = callWithPanel(List.of(member), Map.of("reviewersPerApplication", 1), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene", List.of("graphene", "photonics", "lasers"), 9000);

        ResponseEntity<Map> tooHigh = bid(call, app, member, "{\"bid\":2}");
        assertThat(tooHigh.getStatusCode().value()).isEqualTo(400);
        assertThat(tooHigh.getBody().toString()).contains("bid");
        assertThat(bid(call, app, outsider, "{\"bid\":1}").getStatusCode().value()).isEqualTo(404);
        assertThat(bid(call, "no-such-application", member, "{\"bid\":1}").getStatusCode().value()).isEqualTo(404);
        assertThat(exchange(HttpMethod.GET, "/api/calls/" + call.id() + "/bidding", applicant("en"), null, String.class)
                .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> badPin = exchange(HttpMethod.PUT, "/api/calls/" + call.id() + "/pins", manager(),
                "[{\"applicationId\":\"nope\",\"reviewerId\":\"" + outsider + "\"}]", Map.class);
        assertThat(badPin.getStatusCode().value()).isEqualTo(400);
        assertThat(badPin.getBody().toString()).contains("pins[0].applicationId", "pins[0].reviewerId");
        assertThat(exchange(HttpMethod.PUT, "/api/calls/" + call.id() + "/pins", member, "[]", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_preference WHERE call_id = ?").param(call.id()).query(Long.class).single())
                .isZero();

        closeCall(call);
        assertThat(bid(call, app, member, "{\"bid\":1}").getStatusCode().value()).as("closed once assigned").isEqualTo(409);
    }

    /** Two experts and two strangers on the panel, two applications, two reviewers each: who reviews how many. */
    private Map<String, Long> loadsOfAScenario(Map<String, Object> rules) {
        List<String> panel = List.of(reviewer("JP", "ocean", "climate", "floats"), reviewer("DE", "ocean", "climate", "floats"),
                reviewer("CA", "medieval", "history"), reviewer("BR", "poetry", "linguistics"));
        Call call = callWithPanel(panel, rules, "50000");
        String first = submitEligible(call, applicant("en"), "Ocean heat", List.of("ocean", "climate", "floats"), 9000);
        String second = submitEligible(call, applicant("en"), "Ocean floats", List.of("ocean", "floats", "climate"), 9000);
        closeCall(call);
        return List.of(first, second).stream().flatMap(a -> assignmentService.assignmentsOf(a).stream())
                .collect(Collectors.groupingBy(ReviewAssignment::reviewerId, Collectors.counting()));
    }

    private ResponseEntity<Map> bid(Call call, String applicationId, String reviewerId, String body) {
        return exchange(HttpMethod.PUT, "/api/calls/" + call.id() + "/bids/" + applicationId, reviewerId, body, Map.class);
    }

    private <T> ResponseEntity<T> exchange(HttpMethod method, String path, String userId, String json, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(userId, userId);
        return http.exchange(path, method, new HttpEntity<>(json, headers), type);
    }
}
