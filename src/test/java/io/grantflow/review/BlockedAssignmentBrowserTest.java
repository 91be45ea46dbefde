package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.TasklistForm;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A programme manager opens the blocked assignment in Tasklist, reads why, adds a reviewer to the panel and retries. */
@RequiresChromium
@CoversForms("assignment-blocked")
class BlockedAssignmentBrowserTest extends BlockedAssignmentScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aManagerAddsAReviewerToThePanelAndRetriesInTasklist() throws Exception {
        String manager = user("manager", "en", Groups.MANAGERS);
        String onlyReviewer = reviewer("JP", "graphene", "photonics");
        String spare = reviewer("DE", "photonics", "quantum");
        Call call = call(List.of(onlyReviewer));
        String app = submit(call, "Graphene photonic crystals");
        ProcessInstance instance = closeAndAssign(call);
        Task task = blockedTask(instance);
        ChromeDriver browser = chromium.driver();

        Browser.logInToTasklist(browser, port, manager);
        var wait = Browser.waitUpTo(browser, 30);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        // A task of the managers' group is claimed before its form can be completed.
        WebElement unclaimed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
        browser.executeScript("window.grantflowClaimSettled = undefined");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))));
        // the page loads again once claimed if the form is worded anew in the claimer's language
        wait.until(d -> TasklistForm.gone(unclaimed) || Boolean.TRUE.equals(browser.executeScript("return window.grantflowClaimSettled === true")));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
        WebElement why = wait.until(d -> form.findElement(By.cssSelector("textarea[id$='Field_blockedExplanation']")));
        wait.until(d -> why.getDomProperty("value").contains("Graphene photonic crystals"));
        assertThat(why.getDomProperty("value")).contains("The panel is too small");
        assertThat(why.getDomProperty("disabled")).isEqualTo("true");

        WebElement spareOption = wait.until(d -> form.findElement(By.xpath(".//label[contains(normalize-space(.), 'Institute " + spare + "')]")));
        click(spareOption);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='Field_assignmentChoice-0']"))));
        Files.write(Path.of("target", "tasklist-blocked-assignment-form.png"), browser.getScreenshotAs(OutputType.BYTES));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));

        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> blockedTask(instance) == null);
        } finally {
            Files.write(Path.of("target", "tasklist-blocked-assignment-completed.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        runJobsUntilDone(10);
        assertThat(blockedTask(instance)).isNull();
        assertThat(incidents(instance)).isZero();
        assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).containsExactlyInAnyOrder(onlyReviewer, spare);
    }

    private void click(WebElement element) {
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
