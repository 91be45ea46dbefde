package io.grantflow.callpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.prize.PrizeGroups;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * A call's page, read by whoever comes: its rules and amounts from the programme's definition, its deadline with the
 * time left, guidance and contact, and Apply or Nominate only for those who may, a plain sentence for the others.
 */
class CallPageTest extends IntegrationTest {

    @Test
    void aVisitorReadsTheRulesInFrenchAndIsAskedToLogInWhileAnApplicantMayApplyAndAManagerNot() {
        Call call = openCall(Map.of("maxBudgetEur", 8000));
        String page = page(PortalSession.anonymous(port), "/portal/calls/" + call.id() + "?lang=fr");
        assertThat(page).contains("Budget maximal (EUR)", "Années au plus depuis le doctorat", "Règles de l&#39;appel",
                "(heure de Paris)", "Soit dans 6 jours et", "mailto:first-step@grantflow.example",
                "Connectez-vous avec votre compte de candidat").doesNotContain("id=\"apply\"")
                .doesNotContain("Évaluateurs par candidature");
        assertThat(page.replaceAll("[\\u00a0\\u202f]", " ")).contains("8 000 EUR", "100 000 EUR");

        assertThat(page(PortalSession.logIn(port, applicant("en")), "/portal/calls/" + call.id()))
                .contains("id=\"apply\"", "Largest budget (EUR)", "8,000 EUR", "Scientific quality");
        assertThat(page(PortalSession.logIn(port, manager()), "/portal/calls/" + call.id()))
                .contains("Applications are made with an applicant account").doesNotContain("id=\"apply\"");
    }

    @Test
    void aClosedCallSaysSoAndItsApplicationFormIsNotShown() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call closed = calls.create(new CallService.NewCall("FIRST_STEP", "Closed call", now.minusDays(9), now.minusDays(1),
                new BigDecimal("50000"), Map.of()), "test");
        PortalSession applicant = PortalSession.logIn(port, applicant("en"));
        assertThat(page(applicant, "/portal/calls/" + closed.id())).contains("The call has closed", "Closed:")
                .doesNotContain("id=\"apply\"").doesNotContain("id=\"time-left\"");
        HttpResponse<byte[]> form = applicant.getPage("/portal/calls/" + closed.id() + "/apply");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/portal/calls/" + closed.id());
        assertThat(PortalSession.anonymous(port).getPage("/portal/calls/no-such-call").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyANominatorIsOfferedToNominateAndOthersReadTheGroupsByName() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call edition = calls.create(new CallService.NewCall("PRIZE", "Prize " + System.nanoTime(), now.minusDays(1),
                now.plusDays(3), new BigDecimal("50000"), Map.of()), "test");
        String nominator = user("nominator", "en", Groups.APPLICANTS);
        identity.createMembership(nominator, PrizeGroups.UNIT_DIRECTORS);

        assertThat(page(PortalSession.logIn(port, nominator), "/portal/calls/" + edition.id())).contains("id=\"nominate\"");
        assertThat(page(PortalSession.logIn(port, applicant("fr")), "/portal/calls/" + edition.id())).contains("Directeurs d&#39;unité")
                .doesNotContain("Unit directors");
        String other = page(PortalSession.logIn(port, applicant("en")), "/portal/calls/" + edition.id());
        assertThat(other).contains("your account is in none of them", "Unit directors").doesNotContain("id=\"nominate\"")
                .doesNotContain(">" + PrizeGroups.UNIT_DIRECTORS);
    }

    private static String page(PortalSession session, String path) {
        return new String(session.getPage(path).body(), StandardCharsets.UTF_8);
    }
}
