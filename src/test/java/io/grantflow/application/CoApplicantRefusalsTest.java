package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.OtherLanguage;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-applicant invitation that is refused says so on a page in the reader's language, with what happened and
 * what to do: the applicant's invite form again with its error, or why an invitation cannot be opened. A client
 * that does not ask for a page keeps the problem detail.
 */
class CoApplicantRefusalsTest extends IntegrationTest {

    private static final String[] PREFIXES = {"coapp.", "error.", "nav.", "problem."};

    @Autowired DraftService drafts;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRefusedInviteShowsTheFormAgainWithWhatIsWrongInTheApplicantsLanguage(String language) {
        Call call = openFirstStepCall();
        String applicant = applicant(language);
        drafts.save(call, applicant, DraftTest.complete(call), null);
        PortalSession owner = PortalSession.logIn(port, applicant).readingPages();
        String step3 = "/portal/calls/" + call.id() + "/apply?step=3";
        String invite = "/portal/calls/" + call.id() + "/co-applicants";
        boolean fr = language.equals("fr");

        Map<String, String> refusals = Map.of(
                "pas une adresse", fr ? "Saisissez l&#39;adresse électronique" : "Enter the email address of the person you invite",
                "a".repeat(5000) + "@x.fr", fr ? "Saisissez l&#39;adresse électronique" : "Enter the email address of the person you invite",
                "ken\u202e@example.org", fr ? "Saisissez l&#39;adresse électronique" : "Enter the email address of the person you invite",
                " " + applicant.toUpperCase(Locale.ROOT) + "@TEST.grantflow.example", fr ? "C&#39;est votre propre adresse" : "This is your own address");
        refusals.forEach((email, said) -> {
            HttpResponse<byte[]> refused = owner.postForm(step3, invite, Map.of("email", email));
            assertThat(refused.statusCode()).as(email).isEqualTo(400);
            assertRefusedForm(text(refused), language, said);
        });
        HttpResponse<byte[]> noField = owner.postForm(step3, invite, Map.of());
        assertThat(noField.statusCode()).isEqualTo(400);
        assertRefusedForm(text(noField), language, fr ? "Saisissez l&#39;adresse électronique" : "Enter the email address");
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE applicant_id = ?", applicant)).isZero();

        assertThat(owner.postForm(step3, invite, Map.of("email", "Ken.Sato@example.org")).statusCode()).isEqualTo(302);
        HttpResponse<byte[]> twice = owner.postForm(step3, invite, Map.of("email", "ken.sato@EXAMPLE.org"));
        assertThat(twice.statusCode()).as("a second invitation to the same person, or a second click").isEqualTo(409);
        assertRefusedForm(text(twice), language, fr ? "ken.sato@EXAMPLE.org est déjà invité(e) à ce brouillon" : "ken.sato@EXAMPLE.org is already invited");
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE applicant_id = ?", applicant)).isEqualTo(1);

        HttpResponse<byte[]> api = PortalSession.logIn(port, applicant).postForm(step3, invite, Map.of("email", "pas une adresse"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(text(api)).contains("is not an email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anInviteWithoutADraftSaysToSaveItFirst(String language) {
        Call call = openFirstStepCall();
        PortalSession owner = PortalSession.logIn(port, applicant(language)).readingPages();
        HttpResponse<byte[]> refused = owner.postForm("/portal/calls/" + call.id() + "/apply?step=1",
                "/portal/calls/" + call.id() + "/co-applicants", Map.of("email", "ken@example.org"));
        assertThat(refused.statusCode()).isEqualTo(409);
        String page = text(refused);
        assertThat(page).contains("id=\"refusal\"", "id=\"back\"", language.equals("fr")
                ? "Enregistrez votre brouillon avant d&#39;inviter des co-candidats." : "Save your draft before you invite co-applicants.");
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anInvitationThatCannotBeOpenedSaysWhyAndWhatToDoInTheReadersLanguage(String language) {
        Call call = openFirstStepCall();
        String applicant = applicant(language.equals("fr") ? "en" : "fr");
        drafts.save(call, applicant, DraftTest.complete(call), null);
        PortalSession owner = PortalSession.logIn(port, applicant).readingPages();
        String invitee = applicant(language);
        String invitation = invite(owner, call, invitee + "@test.grantflow.example");
        boolean fr = language.equals("fr");

        PortalSession stranger = PortalSession.logIn(port, applicant(language)).readingPages();
        HttpResponse<byte[]> unknown = stranger.getPage("/portal/co-applicants/" + "0".repeat(48));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertRefusedInvitation(text(unknown), language, "unknown", fr ? "Demandez au candidat de vous inviter à nouveau" : "Ask the applicant to invite you again");
        assertThat(stranger.getPage("/portal/co-applicants/" + "z".repeat(3000)).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> own = owner.getPage(invitation);
        assertThat(own.statusCode()).isEqualTo(409);
        assertRefusedInvitation(text(own), fr ? "en" : "fr", "own", null);

        PortalSession co = PortalSession.logIn(port, invitee).readingPages();
        assertThat(co.postForm(invitation, invitation, Map.of()).statusCode()).isEqualTo(302);
        for (HttpResponse<byte[]> taken : new HttpResponse[] {stranger.getPage(invitation), stranger.postForm("/portal/applications", invitation, Map.of())}) {
            assertThat(taken.statusCode()).isEqualTo(409);
            assertRefusedInvitation(text(taken), language, "taken", fr ? "Cette invitation a été acceptée par un autre compte" : "accepted by another account");
        }
        assertThat(co.getPage(invitation).statusCode()).as("the account that accepted opens it still").isEqualTo(200);

        String late = invite(owner, call, "late-" + invitee + "@example.org");
        OffsetDateTime sent = OffsetDateTime.of(2026, 1, 5, 9, 30, 0, 0, ZoneOffset.UTC);
        jdbc.sql("UPDATE co_applicant SET invited_at = ? WHERE token = ?").params(sent, late.substring(late.lastIndexOf('/') + 1)).update();
        HttpResponse<byte[]> expired = stranger.postForm("/portal/applications", late, Map.of());
        assertThat(expired.statusCode()).isEqualTo(409);
        String when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag(language))
                .format(sent.plusDays(30).atZoneSameInstant(Call.FUNDER_ZONE));
        assertRefusedInvitation(text(expired), language, "expired", (fr ? "Cette invitation a expiré le " : "This invitation expired on ") + when);
        assertThat(text(expired)).contains(fr ? "4 février 2026 10:30" : "4 February 2026 10:30", "30");
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE user_id IS NOT NULL AND email LIKE 'late-%' AND applicant_id = ?", applicant)).isZero();
    }

    /** Sends an invitation from step 3 of the draft and returns the path of its link. */
    private String invite(PortalSession owner, Call call, String email) {
        assertThat(owner.postForm("/portal/calls/" + call.id() + "/apply?step=3", "/portal/calls/" + call.id() + "/co-applicants",
                Map.of("email", email)).statusCode()).isEqualTo(302);
        String token = jdbc.sql("SELECT token FROM co_applicant WHERE email = ?").param(email.toLowerCase(Locale.ROOT)).query(String.class).single();
        return "/portal/co-applicants/" + token;
    }

    private static void assertRefusedForm(String page, String language, String said) {
        assertThat(page).contains("lang=\"" + language + "\"", "id=\"error-summary\"", "href=\"#co-applicant-email\"",
                "aria-invalid=\"true\"", "aria-describedby=\"co-applicant-email-error\"", "id=\"invite-form\"", "id=\"back\"", said,
                language.equals("fr") ? "L&#39;invitation n&#39;a pas été envoyée" : "The invitation was not sent");
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
    }

    private static void assertRefusedInvitation(String page, String language, String reason, String said) {
        assertThat(page).contains("lang=\"" + language + "\"", "id=\"refusal-" + reason + "\"", "id=\"mine\"",
                language.equals("fr") ? "Cette invitation ne peut pas être ouverte" : "This invitation cannot be opened");
        if (said != null) {
            assertThat(page).contains(said);
        }
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
