package io.grantflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Forgotten your password?" as a person uses it: the address typed in any case, one mail in the account's language
 * received over SMTP, its link choosing the new password once; an unknown address answered the same, with nothing sent.
 */
class ForgottenPasswordTest extends IntegrationTest {

    static final Pattern LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]{20,})");

    @Test
    void theLinkArrivesOnceInTheAccountsLanguageAndChoosesTheNewPasswordOnce() throws Exception {
        String user = applicant("fr");
        PortalSession visitor = PortalSession.anonymous(port).speaking("en").readingPages();
        String typed = (user + "@TEST.grantflow.example").toUpperCase(Locale.ROOT);

        HttpResponse<byte[]> asked = visitor.postForm("/account/forgotten", "/account/forgotten", Map.of("email", typed));
        HttpResponse<byte[]> again = visitor.postForm("/account/forgotten", "/account/forgotten", Map.of("email", typed));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/account/forgotten?sent");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(page(visitor.getPage("/account/forgotten?sent"))).contains("If an account uses this address", "60 minutes");

        deliverMail();
        assertThat(mailsTo(user)).as("a second click sends nothing more").hasSize(1);
        MimeMessage mail = mailsTo(user).get(0);
        assertThat(mail.getSubject()).isEqualTo("Un lien pour choisir un nouveau mot de passe");
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        String path = link.group();

        assertThat(visitor.getPage(path).statusCode()).isEqualTo(200);
        String chosen = "a quiet river at dawn 42";
        HttpResponse<byte[]> saved = choosePassword(path, chosen);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/login?registered");
        PortalSession.logIn(port, user, chosen);
        assertThat(PortalSession.anonymous(port).logInAttempt(user, user).headers().firstValue("Location").orElse(""))
                .as("the old password no longer works").contains("error");

        HttpResponse<byte[]> reused = visitor.getPage(path);
        assertThat(reused.statusCode()).isEqualTo(404);
        assertThat(page(reused)).contains("ask for a new one", "/account/forgotten");
    }

    @Test
    void anUnknownAddressReadsTheSameAndSendsNothing() {
        long before = count("SELECT COUNT(*) FROM notification WHERE template = 'password-forgotten'");
        PortalSession visitor = PortalSession.anonymous(port).speaking("fr").readingPages();

        HttpResponse<byte[]> asked = visitor.postForm("/account/forgotten", "/account/forgotten",
                Map.of("email", "nobody-at-all@test.grantflow.example"));

        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/account/forgotten?sent");
        assertThat(page(visitor.getPage("/account/forgotten?sent"))).contains("Si un compte utilise cette adresse");
        assertThat(count("SELECT COUNT(*) FROM notification WHERE template = 'password-forgotten'")).isEqualTo(before);
    }

    static Stream<Arguments> badAddresses() {
        return Stream.of(
                Arguments.of("", "en", "Give the email address of your account"),
                Arguments.of("   ", "fr", "adresse électronique de votre compte"),
                Arguments.of("not an address", "en", "Not an email address"),
                Arguments.of("x".repeat(100_000) + "@example.org", "fr", "adresse"),
                Arguments.of("anna\u202e@example.org", "en", "invisible"));
    }

    @ParameterizedTest
    @MethodSource("badAddresses")
    void aBadAddressIsRefusedInThePagesLanguageWithItsSummaryAndNothingIsIssued(String email, String language, String says) {
        long links = count("SELECT COUNT(*) FROM password_link");
        PortalSession visitor = PortalSession.anonymous(port).speaking(language).readingPages();

        HttpResponse<byte[]> refused = visitor.postForm("/account/forgotten", "/account/forgotten", Map.of("email", email));

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = page(refused);
        assertThat(page).contains("id=\"error-summary\"", "href=\"#email\"", "aria-invalid=\"true\"", says);
        assertThat(page).doesNotContain("x".repeat(300));
        assertThat(count("SELECT COUNT(*) FROM password_link")).isEqualTo(links);
    }

    /** The link's page is its own credential: no session, no CSRF token, as the mail's reader opens it. */
    private HttpResponse<byte[]> choosePassword(String path, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
