package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.CoversForms;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.TasklistForm;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviewers of a call with criteria of its own score exactly those in Tasklist, each with what its levels mean, in
 * their language; the committee's form then shows a column per criterion and leaves out what falls below a threshold.
 */
@RequiresChromium
@CoversForms({"review", "committee-ranking"})
class ReviewCriteriaBrowserTest extends CallScenario {

    @Autowired ReviewService reviewService;
    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void reviewersScoreTheCallsOwnCriteriaInTheirLanguageAndTheCommitteeSeesThemWeighted() {
        ChromeDriver browser = chromium.driver();
        String french = reviewerSpeaking("fr", "JP", "coral", "acoustics");
        String english = reviewer("DE", "coral", "oceanography");
        Call call = callWithCriteria(List.of(french, english), "20000", FOUR_CRITERIA);
        String reef = submitEligible(call, applicant("en"), "Reef sounds", List.of("coral", "acoustics", "oceanography"), 9000);
        String risky = submitEligible(call, applicant("en"), "Bold but risky", List.of("coral", "oceanography", "acoustics"), 7000);
        ProcessInstance callProcess = closeCall(call);

        // In French, at 1366 px: four criteria, each level with what it means, nothing of the programme's three.
        browser.manage().window().setSize(new Dimension(1366, 2600));
        Browser.logInToTasklist(browser, port, french);
        // each has declared no conflict and accepted (the declaration's own test is TasklistReviewBrowserTest)
        accept(reviewTaskOf(french, reef));
        accept(reviewTaskOf(english, reef));
        TasklistForm form = TasklistForm.show(browser, port, reviewTaskOf(french, reef).getId()).showing("Field_title", "Reef sounds");
        assertThat(form.text()).contains("Qualité scientifique (coefficient 3)",
                "Faisabilité (coefficient 1 ; au moins 2,5 en moyenne pour être financé)", "Partenariat (coefficient 1)",
                "Formation des jeunes chercheurs (coefficient 0,5)", "2 – Douteux", "0 – Aucune", "3 – Profond",
                "Commentaire pour le candidat (envoyé sans votre nom)")
                .doesNotContain("Value of the international collaboration", "Excellent: no weakness");
        assertThat(browser.findElements(By.cssSelector("[id$='Field_score4-2']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[id$='Field_score4-3']"))).as("training has three levels").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id*='Field_score5']"))).as("no fifth criterion").isEmpty();
        form.choose("Field_score1", "4").choose("Field_score2", "3").choose("Field_score3", "2").choose("Field_score4", "1")
                .type("Field_commentForApplicant", "Un plan clair.");
        form.screenshot("tasklist-review-criteria-1366");
        form.complete(tasks, reviewTaskOf(french, reef).getId(), "tasklist-review-criteria-completed");

        // In English, on a phone (390 px): a score missing is asked for by the form itself.
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 3400));
        Browser.logInToTasklist(browser, port, english);
        Task englishTask = reviewTaskOf(english, reef);
        form = TasklistForm.show(browser, port, englishTask.getId()).showing("Field_title", "Reef sounds");
        assertThat(form.text()).contains("Scientific quality (weight 3)",
                "Feasibility (weight 1; a mean of at least 2.5 to be funded)", "2 – Doubtful", "0 – None");
        form.choose("Field_score1", "3").choose("Field_score2", "4").choose("Field_score3", "3")
                .type("Field_commentForApplicant", "Convincing.");
        form.complete();
        assertThat(tasks.createTaskQuery().taskId(englishTask.getId()).count()).as("training is not scored yet").isEqualTo(1);
        form.choose("Field_score4", "2");
        form.screenshot("tasklist-review-criteria-390");
        form.complete(tasks, englishTask.getId(), "tasklist-review-criteria-english");

        assertThat(reviewService.reviewsOf(reef)).extracting(Review::scores).containsExactlyInAnyOrder(
                Map.of("quality", 4, "feasibility", 3, "partnership", 2, "training", 1),
                Map.of("quality", 3, "feasibility", 4, "partnership", 3, "training", 2));
        reviewTasksOf(risky).forEach(t -> review(t, "Risky.", 4, 2, 3, 2));

        // The committee: a column per criterion, the weighted mean, and the risky one not offered.
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 1400));
        Browser.logInToTasklist(browser, port, manager());
        TasklistForm ranking = TasklistForm.show(browser, port, committee.getId());
        // Reef sounds: quality 3.5 ×3, feasibility 3.5, partnership 2.5, training 1.5 ×0.5, that is 17.25 / 5.5;
        // Bold but risky ranks first with 18 / 5.5, but its feasibility is below the threshold.
        String shown = browser.findElement(By.cssSelector("div[cam-tasklist-form-camunda]")).getDomProperty("textContent");
        assertThat(shown).as("the table scrolls sideways: its text, seen or not").contains("Scientific quality ×3", "Feasibility ×1, at least 2.5", "Partnership ×1",
                "Training of young researchers ×0.5", "Weighted mean", "3.14",
                "no: Feasibility 2 < 2.5",
                "2. Reef sounds (mean 3.14, 9000.00 EUR)")
                .doesNotContain("1. Bold but risky (mean");
        ranking.screenshot("tasklist-committee-criteria");
    }
}
