package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** A call's reviewer panel chosen on its page: who is offered, what is kept and audited, what is refused. */
class PanelPageTest extends CallScenario {

    @Test
    void aManagerSeesEveryReviewerWithTheProfileOrItsAbsenceAndSavesThePanel() {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "quantum");
        String noProfile = user("reviewer", "en", Groups.REVIEWERS);
        Call call = callWithPanel(List.of(tanaka), Map.of(), "50000");
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);

        String page = text(session.getPage(path(call)));
        assertThat(page).contains("Aiko Tanaka", "Institute " + tanaka, "graphene, photonics", "Jonas Weber", "DE");
        assertThat(row(page, noProfile)).contains("No profile: never assigned", "disabled");
        assertThat(row(page, tanaka)).contains("checked");
        assertThat(row(page, weber)).doesNotContain("checked");

        HttpResponse<byte[]> saved = session.submitForm(path(call), "reviewerIds=" + tanaka + "&reviewerIds=" + weber);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/panel?saved=true");
        assertThat(panelOf(call)).containsExactlyInAnyOrder(tanaka, weber);
        String after = text(session.getPage(path(call) + "?saved=true"));
        assertThat(after).contains("The panel is saved.");
        assertThat(row(after, weber)).contains("checked");
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'panel' AND actor = ?", call.id(), manager))
                .isEqualTo(1);

        // The same form sent twice changes nothing more and the trail keeps one change.
        session.submitForm(path(call), "reviewerIds=" + tanaka + "&reviewerIds=" + weber);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'panel'", call.id())).isEqualTo(1);
    }

    @Test
    void aReviewerWithoutProfileIsRefusedByNameInThePageLanguageAndNothingIsSaved() {
        String tanaka = reviewer("JP", "graphene");
        String noProfile = user("reviewer", "fr", Groups.REVIEWERS);
        Call call = callWithPanel(List.of(tanaka), Map.of(), "50000");
        PortalSession session = PortalSession.logIn(port, manager()).speaking("fr");

        HttpResponse<byte[]> refused = session.submitForm(path(call) + "?lang=fr", "reviewerIds=" + noProfile);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused).replace("&#39;", "'")).contains("error-summary", "Test reviewer n'a pas de profil d'évaluateur");
        assertThat(panelOf(call)).containsExactly(tanaka);

        HttpResponse<byte[]> empty = session.submitForm(path(call) + "?lang=fr", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(text(empty)).contains("Cochez au moins un évaluateur");
        assertThat(panelOf(call)).containsExactly(tanaka);
    }

    @Test
    void noOneButAManagerOpensOrSavesThePanelAndAnUnknownCallIsNotFound() {
        String tanaka = reviewer("JP", "graphene");
        Call call = callWithPanel(List.of(tanaka), Map.of(), "50000");
        PortalSession reviewer = PortalSession.logIn(port, tanaka);
        assertThat(reviewer.getPage(path(call)).statusCode()).isEqualTo(403);
        assertThat(reviewer.postForm("/portal/applications", path(call), Map.of("reviewerIds", tanaka)).statusCode()).isEqualTo(403);
        assertThat(panelOf(call)).containsExactly(tanaka);

        assertThat(PortalSession.logIn(port, manager()).getPage("/portal/dashboard/calls/no-such-call/panel").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCallsDashboardLinksToThePanel() {
        Call call = callWithPanel(List.of(reviewer("JP", "graphene")), Map.of(), "50000");
        assertThat(text(PortalSession.logIn(port, manager()).getPage("/portal/dashboard/calls/" + call.id())))
                .contains("href=\"/portal/dashboard/calls/" + call.id() + "/panel\"");
    }

    private List<String> panelOf(Call call) {
        return jdbc.sql("SELECT reviewer_id FROM call_panel WHERE call_id = ?").param(call.id()).query(String.class).list();
    }

    private static String path(Call call) {
        return "/portal/dashboard/calls/" + call.id() + "/panel";
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The table row of that reviewer, as HTML. */
    static String row(String page, String reviewerId) {
        int start = page.indexOf("data-reviewer=\"" + reviewerId + "\"");
        assertThat(start).as("row of " + reviewerId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
