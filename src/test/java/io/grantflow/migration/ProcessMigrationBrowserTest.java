package io.grantflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager on the process versions page: a preview towards a version without the task the applications wait at shows
 * why it cannot go and offers no move; a preview towards a version that keeps it offers "Move 3 applications", which
 * moves them; the same button clicked again on a page opened before moves nothing and says so. At 1366 and 390 px.
 */
class ProcessMigrationBrowserTest extends BrowserTest {

    /** A small process of this test's own, so that the counts on the page are this test's applications only. */
    private static final String KEY = "budget-check-" + System.nanoTime() % 100000;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void deleteVersions() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aManagerPreviewsTheMoveThenMovesTheApplications() throws Exception {
        Call call = openFirstStepCall();
        deploy(version("Task_CheckBudget", "Check the budget"));
        for (int i = 0; i < 3; i++) {
            runtime.startProcessInstanceByKey(KEY, "application-" + i, Map.of("callId", call.id()));
        }
        deploy(version("Task_CheckPlan", "Check the work plan"));
        deploy(version("Task_CheckBudget", "Check the budget and the envelope"));
        browser.manage().window().setSize(new Dimension(1366, 900));
        logIn(manager());

        browser.get(url("/portal/processes"));
        WebElement process = process();
        assertThat(process.findElements(By.cssSelector("tr[data-version] td.running"))).extracting(WebElement::getText)
                .containsExactly("3", "0", "0");
        preview(process, "1", "2");
        WebElement problem = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems li[data-activity='Task_CheckBudget']")));
        assertThat(problem.getText()).isEqualTo("“Check the budget” (Task_CheckBudget) is not in version 2: 3 applications wait there.");
        assertThat(browser.findElements(By.id("move"))).as("no move is offered").isEmpty();
        screenshot("migration-plan-refused-1366.png");

        browser.get(url("/portal/processes"));
        preview(process(), "1", "3");
        WebElement move = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("move")));
        assertThat(move.getText()).isEqualTo("Move 3 applications to version 3");
        assertThat(browser.findElement(By.id("no-problems")).getText()).startsWith("None:");
        assertThat(browser.findElement(By.cssSelector("#instructions tr[data-source='Task_CheckBudget']")).getText())
                .contains("Check the budget", "Check the budget and the envelope");
        screenshot("migration-plan-1366.png");
        onAPhone(() -> {
            browser.executeScript("document.getElementById('move').scrollIntoView();");
            screenshot("migration-plan-390.png");
        });
        String plan = browser.getCurrentUrl();
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB).get(plan);   // the same plan, opened before the move
        String second = browser.getWindowHandle();

        browser.switchTo().window(first);
        browser.findElement(By.id("move")).click();
        WebElement moved = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("moved")));
        assertThat(moved.getText()).isEqualTo("3 applications moved from " + KEY + " version 1 to version 3.");
        assertThat(process().findElements(By.cssSelector("tr[data-version] td.running"))).extracting(WebElement::getText)
                .containsExactly("0", "0", "3");
        assertThat(Browser.cspViolations(browser)).isEmpty();
        screenshot("migration-moved-1366.png");
        onAPhone(() -> screenshot("migration-moved-390.png"));

        browser.switchTo().window(second);
        browser.findElement(By.id("move")).click();
        assertThat(Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("moved"))).getText())
                .isEqualTo("Nothing moved: no application runs on " + KEY + " version 1 any more (already moved, or none left).");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list())
                .extracting(pi -> repository.getProcessDefinition(pi.getProcessDefinitionId()).getVersion()).containsOnly(3).hasSize(3);

        browser.get(url("/portal/processes?lang=fr"));
        preview(process(), "1", "3");
        assertThat(Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nothing-to-move"))).getText())
                .isEqualTo("Aucune candidature ne tourne sur " + KEY + " version 1 : rien à déplacer.");
    }

    private static BpmnModelInstance version(String taskId, String taskName) {
        return Bpmn.createExecutableProcess(KEY).name("Budget check").camundaHistoryTimeToLive(30)
                .startEvent("Start").name("Application in")
                .userTask(taskId).name(taskName).camundaCandidateGroups("managers")
                .endEvent("End").name("Checked")
                .done();
    }

    private void deploy(BpmnModelInstance model) {
        deployments.add(repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy().getId());
    }

    private void logIn(String manager) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
        browser.findElement(By.id("processes-link")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/processes"));
    }

    private WebElement process() {
        return Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-process='" + KEY + "']")));
    }

    private void preview(WebElement process, String from, String to) {
        new Select(process.findElement(By.name("from"))).selectByValue(from);
        new Select(process.findElement(By.name("to"))).selectByValue(to);
        process.findElement(By.cssSelector("button.preview")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/plan"));
    }

    /** At 390 px the page is as wide as the phone: nothing runs off to the side. */
    private void onAPhone(ThrowingRunnable then) throws Exception {
        Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            Object width = browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(((Number) width).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
            then.run();
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    private void screenshot(String name) throws Exception {
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
