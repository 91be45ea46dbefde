package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import io.grantflow.support.TasklistForm;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer logs in to Camunda Tasklist, finds the review in "My reviews", fills the Camunda Form and completes it. */
@RequiresChromium
@CoversForms({"review", "review-declaration"})
class TasklistReviewBrowserTest extends CallScenario {

    @Autowired ReviewService reviewService;
    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    ChromeDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
    }

    @Test
    void aReviewerScoresAnApplicationInTasklist() throws Exception {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        String reviewerId = panel.get(0);
        Task task = reviewTaskOf(reviewerId, app);
        Task othersTask = reviewTaskOf(panel.get(1), app);

        Browser.logInToTasklist(browser, port, reviewerId);
        var wait = Browser.waitUpTo(browser, 30);

        // "My reviews" lists this reviewer's task and not the other reviewer's.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My reviews"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/?task=" + task.getId() + "']")));
        assertThat(browser.findElements(By.cssSelector("a[href='#/?task=" + othersTask.getId() + "']"))).isEmpty();

        // First the declaration: who applies, and nothing of the abstract or the proposal.
        TasklistForm declaration = TasklistForm.show(browser, port, task.getId());
        assertThat(declaration.value("Field_title")).isEqualTo("Graphene photonics");
        assertThat(declaration.value("Field_partnersText")).contains("University of Tokyo");
        assertThat(declaration.value("Field_applicantText")).isNotBlank();
        assertThat(declaration.text()).contains("The abstract and the proposal open once you accept")
                .doesNotContain("Open the proposal", "Abstract");
        Screens.shoot(browser, "review-declaration", "[id$='Field_title']");
        Screens.laptop(browser);
        declaration.tick("Field_response-0").complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "Task_Review".equals(taskKey(reviewerId, app)));

        // Then the review, with the abstract and the proposal.
        TasklistForm scores = TasklistForm.show(browser, port, reviewTaskOf(reviewerId, app).getId());
        WebElement form = browser.findElement(By.cssSelector("div[cam-tasklist-form-camunda]"));
        assertThat(scores.value("Field_abstractText")).isNotBlank();
        assertThat(form.getText()).contains("Open the proposal (PDF)");
        scores.choose("Field_score1", "5").choose("Field_score2", "4").choose("Field_score3", "3");
        typeInTextarea("Field_commentForApplicant", "A clear plan with a strong partner.");
        Files.write(Path.of("target", "tasklist-review-form.png"), browser.getScreenshotAs(OutputType.BYTES));
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);

        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !reviewService.reviewsOf(app).isEmpty());
        } finally {
            Files.write(Path.of("target", "tasklist-review-completed.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        Review review = reviewService.reviewsOf(app).get(0);
        assertThat(List.of(review.score("quality"), review.score("feasibility"), review.score("collaboration")))
                .containsExactly(5, 4, 3);
        assertThat(review.commentForApplicant()).isEqualTo("A clear plan with a strong partner.");
        assertThat(reviewTaskOf(reviewerId, app)).isNull();
    }

    @Test
    void oneReviewerDeclinesAndAnotherDeclaresAConflictInTasklist() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);

        // "Decline": nothing else to fill.
        Browser.logInToTasklist(browser, port, panel.get(0));
        TasklistForm form = TasklistForm.show(browser, port, reviewTaskOf(panel.get(0), app).getId());
        form.tick("Field_response-2");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(app, panel.get(0)) == AssignmentStatus.DECLINED);

        // "Conflict of interest": the reason field appears and is kept.
        browser.manage().deleteAllCookies();
        Browser.logInToTasklist(browser, port, panel.get(1));
        form = TasklistForm.show(browser, port, reviewTaskOf(panel.get(1), app).getId());
        form.tick("Field_response-1").type("Field_conflictReason", "I co-authored two papers with the applicant.");
        form.screenshot("tasklist-review-conflict");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(app, panel.get(1)) == AssignmentStatus.CONFLICT);
        assertThat(jdbc.sql("SELECT reason FROM reviewer_conflict WHERE reviewer_id = ? AND application_id = ?")
                .params(panel.get(1), app).query(String.class).single()).isEqualTo("I co-authored two papers with the applicant.");
        assertThat(reviewService.reviewsOf(app)).isEmpty();
    }

    private String taskKey(String reviewerId, String applicationId) {
        Task task = reviewTaskOf(reviewerId, applicationId);
        return task == null ? null : task.getTaskDefinitionKey();
    }

    private AssignmentStatus statusOf(String applicationId, String reviewerId) {
        return assignments.assignmentsOf(applicationId).stream().filter(a -> a.reviewerId().equals(reviewerId))
                .map(ReviewAssignment::status).findFirst().orElse(null);
    }

    /** form-js applies each change after a short debounce; type, then let it settle before the next field. */
    private void typeInTextarea(String fieldId, String text) throws InterruptedException {
        WebElement area = browser.findElement(By.cssSelector("textarea[id$='" + fieldId + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        Thread.sleep(1000);
        new Actions(browser).click(area).sendKeys(text).perform();
        Thread.sleep(1000);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
