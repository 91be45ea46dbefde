package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A juror scores and comments in Tasklist a candidate whose nominator typed markup into the name and field: both show
 * as typed, and the score and comment are recorded for the jury.
 */
@RequiresChromium
@CoversForms("prize-score")
class PrizeScoreBrowserTest extends PrizeScenario {

    static final String NAME = "Ada <b>x</b><script>alert(1)</script> [click](https://evil.example) {{candidateName}} ${7*7}";
    static final String FIELD = "Physics ![x](https://evil.example/x.png) [[${7*7}]]";

    @Test
    void aJurorReadsTheNomineeAsTypedAndScoresInTasklist() throws Exception {
        String juror = juror("en");
        Call call = edition(List.of(juror), Map.of());
        Map<String, Object> form = nominee(NAME, "Max Planck Institute", "DE", "ada@mpi.example");
        form.put("nomineeField", FIELD);
        String candidate = candidateNominated(call.id(), nominator("en"), form);
        closeNominations(call);
        declareConflicts(juror, call);
        Task task = tasksOf(juror, call).get(0);
        String label = NAME + " (Max Planck Institute, DE)";
        assertThat(task.getName()).isEqualTo("Score: " + label);

        ChromeDriver browser = Browser.start();
        try {
            Browser.logInToTasklist(browser, port, juror);
            var wait = Browser.waitUpTo(browser, 30);
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            WebElement page = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
            WebElement name = wait.until(d -> page.findElement(By.cssSelector("input[id$='Field_candidateName']")));
            wait.until(d -> label.equals(name.getDomProperty("value")));
            assertThat(page.findElement(By.cssSelector("input[id$='Field_candidateField']")).getDomProperty("value")).isEqualTo(FIELD);
            assertThat(page.findElements(By.cssSelector("a[href*='evil.example'], img, script, b"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector("h2.task")).getText()).isEqualTo("Score: " + label);

            WebElement score = page.findElement(By.cssSelector("[id$='Field_score']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", score);
            score.click();
            score.sendKeys("7");
            Thread.sleep(1000); // form-js applies a change after a short debounce, as in the review form's test
            WebElement comment = page.findElement(By.cssSelector("textarea[id$='Field_comment']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", comment);
            comment.click();
            comment.sendKeys("A founder of two international laboratories.");
            Thread.sleep(1000);
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
            browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        } finally {
            Files.write(Path.of("target", "tasklist-prize-score.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
        assertThat(jury.ranking(call.id())).singleElement()
                .satisfies(r -> assertThat(r.candidateId()).isEqualTo(candidate))
                .satisfies(r -> assertThat(r.mean()).isEqualTo(7.0));
        assertThat(jury.commentsOn(jury.ranking(call.id()))).contains("A founder of two international laboratories.");
    }
}
