package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** A French applicant reads what is wrong with the application form in French, amounts in French format. */
class FrenchErrorsTest extends IntegrationTest {

    @Test
    void theReviewOfABadDraftSaysEveryProblemInFrench() throws IOException {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");
        PortalSession session = PortalSession.logIn(port, applicant);
        String apply = "/portal/calls/" + call.id() + "/apply";
        session.postForm(apply, "/portal/calls/" + call.id() + "/draft", Map.ofEntries(
                Map.entry("title", "Titre"), Map.entry("keywords", "un, deux"), Map.entry("budgetEur", "-5"),
                Map.entry("durationMonths", "500"), Map.entry("phdDate", "2999-01-01"),
                Map.entry("partners[0].institution", "Université de Tokyo"), Map.entry("partners[0].country", "Japon"),
                Map.entry("partners[0].leadName", "Ken Sato"), Map.entry("partners[0].email", "pas-une-adresse")));

        String review = summary(session.getPage(apply + "?step=4"));
        assertThat(review).contains("donnez de 3 à 10 mots-clés", "doit être un montant positif en euros",
                "doit être compris entre 1 et 240 mois", "est dans le futur", "doit être un code pays ISO 3166 de deux lettres",
                "n’est pas une adresse électronique", "est obligatoire", "un fichier PDF est obligatoire");
        assertNoEnglishError(review);
    }

    @Test
    void anIrpBudgetThatDoesNotAddUpIsSaidInFrenchWithFrenchAmounts() throws IOException {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("IRP", "IRP en français " + System.nanoTime(), now.minusDays(1), now.plusDays(2),
                new BigDecimal("5000000"), Map.of()), "test");
        String applicant = applicant("fr");
        PortalSession session = PortalSession.logIn(port, applicant);
        String apply = "/portal/calls/" + call.id() + "/apply";
        session.postForm(apply, "/portal/calls/" + call.id() + "/draft", Map.ofEntries(
                Map.entry("title", "Hydrophones"), Map.entry("budgetEur", "1234567"), Map.entry("durationMonths", "36"),
                Map.entry("yearlyBudget[0]", "1000000"), Map.entry("yearlyBudget[1]", "1000"), Map.entry("yearlyBudget[2]", "1000"),
                Map.entry("partners[0].institution", "Université de Tokyo"), Map.entry("partners[0].country", "JP"),
                Map.entry("partners[0].leadName", "Ken Sato")));

        String review = summary(session.getPage(apply + "?step=4")).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(review).contains("fait au total 1 002 000 €, et non les 1 234 567 € demandés",
                "le partenaire signe l’accord par un lien envoyé à cette adresse");
        assertNoEnglishError(review);
    }

    /** The scan: no fixed part of an English error message of the form reaches the French page. */
    private static void assertNoEnglishError(String page) throws IOException {
        Properties english = new Properties();
        try (InputStream in = FrenchErrorsTest.class.getResourceAsStream("/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> phrases = english.stringPropertyNames().stream().filter(k -> k.startsWith("problem."))
                .map(k -> english.getProperty(k).split("\\{")[0].trim()).filter(p -> p.length() > 6).toList();
        assertThat(phrases).hasSizeGreaterThan(20);
        for (String phrase : phrases) {
            assertThat(page).as("English error text on a French page").doesNotContain(phrase);
        }
    }

    /** The error summary and the fields' errors: the page without its inputs' typed values. */
    private static String summary(HttpResponse<byte[]> page) {
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"error-summary\"", "lang=\"fr\"");
        return html.replaceAll("value=\"[^\"]*\"", "");
    }
}
