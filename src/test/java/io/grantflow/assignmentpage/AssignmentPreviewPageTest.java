package io.grantflow.assignmentpage;

import static io.grantflow.assignmentpage.PanelPageTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** The assignment a call's manager reads before anyone is invited, corrects, and then sees invited at the closing. */
class AssignmentPreviewPageTest extends CallScenario {

    private static final Pattern PROPOSED = Pattern.compile("<tr data-reviewer=\"([^\"]+)\">");

    /** A call open until the hour is out, one graphene application, two experts and one of the partner's institution. */
    private record Setup(Call call, String app, String tanaka, String weber, String partner, PortalSession session, String manager) {
    }

    private Setup setup(String... moreReviewers) {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "photonics", "quantum");
        String partner = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(partner, "University of Tokyo", "JP", List.of("graphene"), "graphene", 4));
        List<String> panel = new java.util.ArrayList<>(List.of(tanaka, weber, partner));
        panel.addAll(List.of(moreReviewers));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String manager = manager();
        return new Setup(call, app, tanaka, weber, partner, PortalSession.logIn(port, manager), manager);
    }

    private static String page(Setup s) {
        return "/portal/dashboard/calls/" + s.call().id() + "/assignment";
    }

    private HttpResponse<byte[]> post(Setup s, String action, String reviewerId) {
        return s.session().postForm(page(s), page(s) + "/" + action, Map.of("applicationId", s.app(), "reviewerId", reviewerId));
    }

    private static List<String> proposed(String html) {
        Matcher m = PROPOSED.matcher(html.substring(0, html.indexOf("id=\"loads\"")));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theProposalShowsReviewersAffinityTermsLoadsAndConflictsAndClosingInvitesExactlyIt() {
        Setup s = setup();
        String html = text(s.session().getPage(page(s)));
        assertThat(proposed(html)).containsExactlyInAnyOrder(s.tanaka(), s.weber());
        assertThat(html).contains("Aiko Tanaka", "Affinity", "shared keywords: graphene, photonics",
                "works at the partner institution University of Tokyo", "id=\"loads\"");
        assertThat(assignments.assignmentsOfCall(s.call().id())).as("nobody invited by the preview").isEmpty();

        closeCall(s.call());
        assertThat(assignments.assignmentsOf(s.app())).extracting(ReviewAssignment::reviewerId)
                .containsExactlyInAnyOrderElementsOf(proposed(html));
        assertThat(text(s.session().getPage(page(s)))).contains("id=\"already-invited\"");
    }

    @Test
    void aRemovedPairIsNeverProposedAndTheClosingInvitesWhatTheLastPreviewShowed() {
        String silva = reviewerNamed("Rita", "Silva", "BR", "graphene", "quantum");
        Setup s = setup(silva);
        assertThat(post(s, "removed-pairs", s.tanaka()).statusCode()).isEqualTo(302);
        assertThat(post(s, "removed-pairs", s.tanaka()).statusCode()).as("a second click").isEqualTo(302);
        String html = text(s.session().getPage(page(s)));
        assertThat(proposed(html)).containsExactlyInAnyOrder(s.weber(), silva);
        assertThat(html).contains("pair removed by a manager");
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'pairRemoved' AND actor = ?",
                s.call().id(), s.manager())).isEqualTo(1);

        closeCall(s.call());
        assertThat(assignments.assignmentsOf(s.app())).extracting(ReviewAssignment::reviewerId)
                .containsExactlyInAnyOrderElementsOf(proposed(html));
    }

    @Test
    void withTooFewReviewersLeftThePageSaysWhyAndAGivenBackPairIsProposedAgain() {
        Setup s = setup();
        post(s, "removed-pairs", s.weber());
        String html = text(s.session().getPage(page(s)));
        assertThat(html).contains("id=\"uncovered\"", "No assignment covers every application");
        assertThat(proposed(html)).isEmpty();

        assertThat(post(s, "restored-pairs", s.weber()).statusCode()).isEqualTo(302);
        assertThat(proposed(text(s.session().getPage(page(s))))).containsExactlyInAnyOrder(s.tanaka(), s.weber());
        assertThat(count("SELECT COUNT(*) FROM assignment_exclusion WHERE call_id = ?", s.call().id())).isZero();
    }

    @Test
    void aPinShowsAndAPinOfAConflictedReviewerIsRefusedSayingWhy() {
        Setup s = setup();
        assertThat(post(s, "pins", s.weber()).statusCode()).isEqualTo(302);
        assertThat(text(s.session().getPage(page(s)))).contains("pinned");

        HttpResponse<byte[]> refused = post(s, "pins", s.partner());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("error-summary",
                "This reviewer cannot be pinned to this application: works at the partner institution University of Tokyo.");
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE call_id = ? AND reviewer_id = ?", s.call().id(), s.partner()))
                .isZero();
    }

    @Test
    void anotherCallsApplicationIsRefusedAndOnlyAManagerMayChangeAnything() {
        Setup s = setup();
        Setup other = setup();
        HttpResponse<byte[]> crossed = s.session().postForm(page(s), page(s) + "/removed-pairs",
                Map.of("applicationId", other.app(), "reviewerId", s.tanaka()));
        assertThat(crossed.statusCode()).isEqualTo(400);
        assertThat(text(crossed)).contains("must be an eligible application of this call");

        PortalSession reviewer = PortalSession.logIn(port, s.tanaka());
        assertThat(reviewer.getPage(page(s)).statusCode()).isEqualTo(403);
        assertThat(reviewer.postForm("/portal/applications", page(s) + "/removed-pairs",
                Map.of("applicationId", s.app(), "reviewerId", s.tanaka())).statusCode()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM assignment_exclusion WHERE call_id IN (?, ?)", s.call().id(), other.call().id())).isZero();
    }
}
