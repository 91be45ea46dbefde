package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.OtherLanguage;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-up, login, password and account pages refuse bad input in the page's language: a summary of every
 * problem linked to its field, the fields marked invalid and described by their message, no word of the other
 * language, and a 4xx page for the oddest input, never a server error.
 */
class AccountPagesLanguageTest extends IntegrationTest {

    private static final String[] PREFIXES = {"register.", "login.", "password.", "account.", "error.", "nav."};

    @Autowired RegistrationService registration;
    @Autowired PasswordLinks passwordLinks;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRefusedSignUpListsEveryProblemInThePagesLanguage(String language) {
        PortalSession visitor = PortalSession.anonymous(port);
        Map<String, String> form = Map.of("userId", "a", "firstName", " ", "lastName", "Nova\u202Egnp", "email", "pas-une-adresse",
                "password", "court", "language", "xx");
        HttpResponse<byte[]> answer = visitor.postForm("/register?lang=" + language, "/register", form);

        assertThat(answer.statusCode()).isEqualTo(400);
        String page = text(answer);
        assertThat(page).contains("lang=\"" + language + "\"", "id=\"error-summary\"", "role=\"alert\"", "autofocus");
        for (String field : new String[] {"userId", "firstName", "lastName", "email", "password", "language"}) {
            assertThat(page).as(field).contains("href=\"#" + field + "\"", "id=\"" + field + "-error\"",
                    "aria-describedby=\"" + field + "-error\"");
        }
        assertThat(page.split("aria-invalid=\"true\"", -1)).hasSize(7);
        assertThat(page).contains(language.equals("fr")
                ? new String[] {"Votre compte n&#39;a pas été créé", "3 à 64 lettres ou chiffres", "Obligatoire, 100 caractères au plus",
                        "Adresse électronique non valide", "12 à 128 caractères", "Anglais ou français", "caractère de mise en forme invisible"}
                : new String[] {"Your account was not created", "3 to 64 letters or digits", "Required, at most 100 characters",
                        "Not an email address", "12 to 128 characters", "English or French", "invisible formatting characters"});
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theOddestSignUpsAreRefusedWithAPageNeverAServerError(String language) {
        PortalSession visitor = PortalSession.anonymous(port);
        visitor.get("/register?lang=" + language);
        String huge = "ǅ🙂\u0000\u200b".repeat(20_000);
        Map<String, Map<String, String>> odd = Map.of(
                "nothing at all", Map.of(),
                "the longest strings", Map.of("userId", "a".repeat(100_000), "firstName", huge, "lastName", "x".repeat(101),
                        "email", "a".repeat(250) + "@x.fr", "password", "p".repeat(129), "language", huge),
                "a dotted İ that grows when lower-cased", Map.of("userId", "okid" + System.nanoTime() % 100000, "firstName", "Ada",
                        "lastName", "Lovelace", "email", "İ".repeat(240) + "@example.org", "password", "amber-lanterns-at-dusk", "language", "en"),
                "blanks", Map.of("userId", "   ", "firstName", "", "lastName", "\t", "email", " ", "password", "            ", "language", ""));
        odd.forEach((what, fields) -> {
            HttpResponse<byte[]> answer = visitor.postForm("/register", "/register", fields);
            assertThat(answer.statusCode()).as(what).isEqualTo(400);
            String page = text(answer);
            assertThat(page).as(what).contains("id=\"error-summary\"", "lang=\"" + language + "\"");
            OtherLanguage.assertNoneOn(page, language, PREFIXES);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aSecondClickAndAnAddressAlreadyUsedAreSaidInThePagesLanguage(String language) {
        PortalSession visitor = PortalSession.anonymous(port);
        String id = "Twice" + language + System.nanoTime() % 1_000_000;
        Map<String, String> form = new HashMap<>(Map.of("userId", id, "firstName", "Ines", "lastName", "Moreau",
                "email", id + "@example.org", "password", "amber-lanterns-at-dusk", "language", language));
        assertThat(visitor.postForm("/register?lang=" + language, "/register", form).statusCode()).isEqualTo(302);

        HttpResponse<byte[]> again = visitor.postForm("/register", "/register", form);
        assertThat(again.statusCode()).as("the same form sent twice").isEqualTo(409);
        assertThat(text(again)).contains("href=\"#userId\"", language.equals("fr") ? "Cet identifiant est déjà pris" : "This user id is taken");

        form.put("userId", "Other" + id);
        form.put("email", id.toUpperCase(Locale.ROOT) + "@EXAMPLE.ORG");
        HttpResponse<byte[]> sameAddress = visitor.postForm("/register", "/register", form);
        assertThat(sameAddress.statusCode()).isEqualTo(409);
        String page = text(sameAddress);
        assertThat(page).contains("href=\"#email\"", "aria-describedby=\"email-error\"",
                language.equals("fr") ? "Un compte utilise déjà cette adresse électronique" : "An account already uses this email address");
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
        assertThat(count("SELECT COUNT(*) FROM ACT_ID_USER WHERE LOWER(ID_) = ?", ("other" + id).toLowerCase(Locale.ROOT))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRefusedLoginIsSummedUpInThePagesLanguage(String language) {
        String user = applicant(language);
        PortalSession visitor = PortalSession.anonymous(port).speaking(language);
        HttpResponse<byte[]> refused = visitor.logInAttempt(user, "not-the-password");
        assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?error");

        String page = text(visitor.getPage("/login?error"));
        assertThat(page).contains("lang=\"" + language + "\"", "id=\"error-summary\"", "href=\"#username\"",
                "aria-invalid=\"true\"", "aria-describedby=\"login-error\"", "id=\"login-error\"",
                language.equals("fr") ? "Identifiant ou mot de passe incorrect." : "Unknown user or wrong password.");
        OtherLanguage.assertNoneOn(page, language, PREFIXES);
        assertThat(text(visitor.getPage("/login"))).doesNotContain("error-summary", "aria-invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRefusedPasswordAndAClosedLinkAreSaidInThePagesLanguage(String language) {
        String id = registration.createWithoutPassword(new RegistrationService.Invitee("Link" + language + System.nanoTime() % 1_000_000,
                "Rita", "Levi", "link" + language + System.nanoTime() + "@example.org", language), Groups.REVIEWERS, Locale.ENGLISH);
        String link = "/account/password/" + passwordLinks.issue(id);
        PortalSession visitor = PortalSession.anonymous(port).speaking(language);

        for (String bad : new String[] {"court", "", "password1234", "x".repeat(10_000)}) {
            HttpResponse<byte[]> refused = visitor.postForm("/register", link, Map.of("password", bad));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            String page = text(refused);
            assertThat(page).contains("lang=\"" + language + "\"", "id=\"error-summary\"", "href=\"#password\"",
                    "aria-invalid=\"true\"", "aria-describedby=\"password-error\"",
                    language.equals("fr") ? "Le mot de passe n&#39;a pas été enregistré" : "The password was not saved");
            OtherLanguage.assertNoneOn(page, language, PREFIXES);
        }
        HttpResponse<byte[]> missing = visitor.postForm("/register", link, Map.of());
        assertThat(missing.statusCode()).as("no password field at all").isEqualTo(400);

        assertThat(visitor.postForm("/register", link, Map.of("password", "amber-lanterns-at-dusk")).statusCode()).isEqualTo(302);
        HttpResponse<byte[]> secondClick = visitor.postForm("/register", link, Map.of("password", "amber-lanterns-at-dusk"));
        assertThat(secondClick.statusCode()).isEqualTo(404);
        String closed = text(secondClick);
        assertThat(closed).contains("id=\"link-closed\"", language.equals("fr") ? "Ce lien a déjà servi" : "This link has been used");
        OtherLanguage.assertNoneOn(closed, language, PREFIXES);
        assertThat(visitor.getPage("/account/password/" + "x".repeat(5000)).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theAccountPageSpeaksTheAccountsLanguage(String language) {
        PortalSession session = PortalSession.logIn(port, applicant(language));
        String page = text(session.getPage("/portal/account"));
        assertThat(page).contains("lang=\"" + language + "\"", language.equals("fr") ? "Compte\u00a0:" : "Account:");
        OtherLanguage.assertNoneOn(page, language, "account.", "erasure.", "nav.");
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
