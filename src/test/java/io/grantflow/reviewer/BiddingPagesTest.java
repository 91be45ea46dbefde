package io.grantflow.reviewer;

import static io.grantflow.reviewer.ReviewerPoolTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** Reviewers' bids in the portal, read as HTTP: who sees which call, what is kept, what is refused and changes nothing. */
class BiddingPagesTest extends CallScenario {

    @Test
    void aPanelReviewerSavesAllHisBidsAtOnceAndAnotherReviewerSeesNeitherTheCallNorItsPage() {
        String member = reviewer("JP", "graphene", "photonics");
        String outsider = reviewer("DE", "graphene", "photonics");
        Call call = callWithPanel(List.of(member), Map.of(), "50000");
        String first = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "lasers"), 9000);
        String second = submitEligible(call, applicant("en"), "Quantum dots", List.of("quantum", "dots", "optics"), 9000);

        PortalSession session = PortalSession.logIn(port, member);
        assertThat(page(session.getPage("/portal/bidding"))).contains("/portal/calls/" + call.id() + "/bidding", "id=\"nav-bids\"");
        String path = "/portal/calls/" + call.id() + "/bidding";
        assertThat(page(session.getPage(path))).contains("Graphene photonics", "Quantum dots", "name=\"bid." + first + "\"");

        HttpResponse<byte[]> saved = session.postForm(path, path, Map.of("bid." + first, "1", "bid." + second, "-1"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(bidOf(call, first, member)).isEqualTo("1.000");
        assertThat(bidOf(call, second, member)).isEqualTo("-1.000");
        String again = page(session.getPage(path));
        assertThat(again).contains("Your bids are saved");
        assertThat(input(again, "bid-" + first + "-eager")).contains("checked");
        assertThat(input(again, "bid-" + first + "-none")).doesNotContain("checked");
        assertThat(input(again, "bid-" + second + "-no")).contains("checked");

        PortalSession other = PortalSession.logIn(port, outsider);
        assertThat(page(other.getPage("/portal/bidding"))).doesNotContain(call.id());
        assertThat(other.getPage(path).statusCode()).isEqualTo(404);
        assertThat(other.postForm("/portal/bidding", path, Map.of("bid." + first, "-1")).statusCode()).isEqualTo(404);
        assertThat(bidOf(call, first, member)).isEqualTo("1.000");
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE reviewer_id = ?", outsider)).isZero();
    }

    @Test
    void aForgedChoiceOrApplicationIsRefusedOnThePageAndNothingIsSaved() {
        String member = reviewer("JP", "graphene", "photonics");
        Call call = callWithPanel(List.of(member), Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "lasers"), 9000);
        Call elsewhere = callWithPanel(List.of(member), Map.of(), "50000");
        String foreign = submitEligible(elsewhere, applicant("en"), "Elsewhere", List.of("graphene", "photonics", "lasers"), 9000);
        PortalSession session = PortalSession.logIn(port, member).speaking("fr");
        String path = "/portal/calls/" + call.id() + "/bidding";

        HttpResponse<byte[]> outOfRange = session.postForm(path, path, Map.of("bid." + app, "0.99"));
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(page(outOfRange)).contains("id=\"error-summary\"", "Choose one of rather not");
        HttpResponse<byte[]> otherCall = session.postForm(path, path, Map.of("bid." + app, "1", "bid." + foreign, "1"));
        assertThat(otherCall.statusCode()).isEqualTo(400);
        assertThat(page(otherCall)).contains("not one you can bid on");
        assertThat(session.postForm(path, path, Map.of()).statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE reviewer_id = ?", member)).isZero();
    }

    @Test
    void afterTheAssignmentTheCallLeavesTheListAndItsPageSaysBidsAreClosed() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "graphene", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "lasers"), 9000);
        PortalSession session = PortalSession.logIn(port, panel.get(0));
        String path = "/portal/calls/" + call.id() + "/bidding";
        String form = page(session.getPage(path));
        closeCall(call);

        assertThat(page(session.getPage("/portal/bidding"))).doesNotContain(call.id());
        assertThat(page(session.getPage(path))).contains("bids are closed").doesNotContain("id=\"bidding-form\"");
        assertThat(form).contains("id=\"bidding-form\"");
        HttpResponse<byte[]> late = session.postForm("/portal/bidding", path, Map.of("bid." + app, "1"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(page(late)).contains("bids are closed");
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE reviewer_id = ? AND bid IS NOT NULL", panel.get(0))).isZero();
    }

    @Test
    void aReviewerOnNoPanelReadsAPlainSentenceAndOthersCannotOpenThePage() {
        String reviewer = user("reviewer", "fr", Groups.REVIEWERS);
        String page = page(PortalSession.logIn(port, reviewer).getPage("/portal/bidding"));
        assertThat(page).contains("id=\"no-panel\"", "Vous ne faites partie d&#39;aucun panel").doesNotContain("&#39;&#39;");
        PortalSession applicant = PortalSession.logIn(port, applicant("en"));
        assertThat(applicant.getPage("/portal/bidding").statusCode()).isEqualTo(403);
        assertThat(page(applicant.getPage("/portal/applications"))).doesNotContain("nav-bids");
        assertThat(PortalSession.logIn(port, manager()).getPage("/portal/bidding").statusCode()).isEqualTo(403);
    }

    @Test
    void aManagersChangeToAPanelReviewersProfileIsInTheAuditOfTheCallStillTakingBids() {
        String member = reviewer("JP", "graphene", "photonics");
        Call call = callWithPanel(List.of(member), Map.of(), "50000");
        String manager = manager();
        String body = json(Map.of("institution", "Kyoto University", "country", "JP", "expertise", List.of("graphene"),
                "maxLoad", 9, "language", "en"));
        assertThat(sendJson(org.springframework.http.HttpMethod.PUT, "/api/reviewers/" + member + "/profile", manager, body,
                String.class).getStatusCode().value()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode audit = get("/api/calls/" + call.id() + "/audit", manager,
                com.fasterxml.jackson.databind.JsonNode.class).getBody();
        assertThat(audit).extracting(e -> e.path("action").asText()).containsExactly("reviewer");
        assertThat(audit.get(0).path("who").asText()).isEqualTo(manager);
        assertThat(audit.get(0).path("from").asText()).contains(member + ": Institute " + member, "load 4");
        assertThat(audit.get(0).path("to").asText()).contains("Kyoto University", "load 9", "graphene");
    }

    /** The input element of that id, as the page writes it. */
    private static String input(String page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("input " + id).isTrue();
        return m.group();
    }

    private String bidOf(Call call, String applicationId, String reviewerId) {
        return jdbc.sql("SELECT bid FROM assignment_preference WHERE call_id = ? AND application_id = ? AND reviewer_id = ?")
                .params(call.id(), applicationId, reviewerId).query(String.class).single();
    }
}
