package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.grantflow.review.ReviewService;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.CoversForms;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import io.grantflow.support.TasklistForm;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review form speaks its reviewer's language: a French reviewer reads every label, choice and link in French, an
 * English one in English, and the answer a choice records is the same in both.
 */
@RequiresChromium
@CoversForms({"review", "review-declaration"})
class ReviewFormLanguageBrowserTest extends CallScenario {

    @Autowired ReviewService reviewService;
    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aFrenchReviewerReadsAndAnswersTheFormInFrenchAndAnEnglishOneInEnglish() {
        String french = reviewerSpeaking("fr", "JP", "graphene", "photonics");
        String english = reviewer("DE", "photonics", "quantum");
        String application = applicationUnderReview(List.of(french, english));

        TasklistForm form = TasklistForm.open(chromium.driver(), port, french, reviewTaskOf(french, application).getId());
        assertThat(form.text()).contains("Candidature", "Candidat", "Équipes partenaires", "Votre réponse",
                "Déclarez un conflit d'intérêts", "J'évalue cette candidature et n'ai aucun conflit d'intérêts",
                "Je refuse de l'évaluer", "Le résumé et la proposition s'ouvrent dès que vous acceptez")
                .doesNotContain("Your answer", "Abstract", "I decline", "Résumé\n");
        Screens.shoot(chromium.driver(), "review-declaration-fr", "[id$='Field_response-0']");
        form.choose("Field_response", "J'évalue");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "Task_Review".equals(reviewTaskOf(french, application).getTaskDefinitionKey()));

        form = TasklistForm.show(chromium.driver(), port, reviewTaskOf(french, application).getId());
        assertThat(form.text()).contains("Résumé", "Mots-clés", "Ouvrir la proposition (PDF) (dans un nouvel onglet)",
                "Notes : pour chaque critère", "5 – ").doesNotContain("Abstract", "Votre réponse");
        Screens.shoot(chromium.driver(), "review-form-fr", "[id$='Field_abstractText']");
        Screens.laptop(chromium.driver());
        form.choose("Field_score1", "4").choose("Field_score2", "4").choose("Field_score3", "4")
                .type("Field_commentForApplicant", "Un projet solide.");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !reviewService.reviewsOf(application).isEmpty());
        assertThat(reviewService.reviewsOf(application).get(0).commentForApplicant()).isEqualTo("Un projet solide.");

        chromium.driver().manage().deleteAllCookies();
        form = TasklistForm.open(chromium.driver(), port, english, reviewTaskOf(english, application).getId());
        assertThat(form.text()).contains("Application", "Applicant", "Your answer",
                "I review this application and have no conflict of interest").doesNotContain("Votre réponse");
        form = TasklistForm.show(chromium.driver(), port, accept(reviewTaskOf(english, application)).getId());
        assertThat(form.text()).contains("Abstract", "Open the proposal (PDF) (in a new tab)").doesNotContain("Résumé");
    }
}
