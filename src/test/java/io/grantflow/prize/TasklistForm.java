package io.grantflow.prize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.grantflow.support.Browser;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A Camunda Form opened in Tasklist by the user who has the task, filled the way a person fills it. */
final class TasklistForm {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final WebElement form;

    private TasklistForm(ChromeDriver browser, WebElement form) {
        this.browser = browser;
        this.wait = Browser.waitUpTo(browser, 30);
        this.form = form;
    }

    /** Logs in as the user (password = id) and opens the task's form, waiting until form-js has rendered it. */
    static TasklistForm open(ChromeDriver browser, int port, String userId, String taskId) {
        Browser.logInToTasklist(browser, port, userId);
        return show(browser, port, taskId);
    }

    /** Opens the task's form for the user already logged in. */
    static TasklistForm show(ChromeDriver browser, int port, String taskId) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebDriverWait wait = Browser.waitUpTo(browser, 30);
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
        wait.until(d -> !form.findElements(By.cssSelector(".fjs-form-field")).isEmpty());
        // a task of the user's group opens read-only until he or she claims it, as a person does
        List<WebElement> claim = browser.findElements(By.cssSelector("button.claim[ng-click='claim()']"));
        if (!claim.isEmpty()) {
            claim.get(0).click();
            wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
        }
        return new TasklistForm(browser, form);
    }

    String text() {
        return form.getText();
    }

    String value(String fieldId) {
        return wait.until(d -> {
            List<WebElement> found = form.findElements(By.cssSelector("[id$='" + fieldId + "']"));
            return found.isEmpty() ? null : found.get(0);
        }).getDomProperty("value");
    }

    boolean disabled(String fieldId) {
        return form.findElement(By.cssSelector("[id$='" + fieldId + "']")).getDomProperty("disabled").equals("true");
    }

    /** Ticks the checklist box whose label contains the given text. */
    TasklistForm tick(String fieldId, String labelPart) {
        WebElement label = wait.until(d -> form.findElements(By.cssSelector("label[for*='" + fieldId + "-']")).stream()
                .filter(l -> l.getDomProperty("textContent").contains(labelPart)).findFirst().orElse(null));
        WebElement box = form.findElement(By.id(label.getDomAttribute("for")));
        click(box);
        wait.until(d -> box.isSelected());
        return settle();
    }

    /** Chooses the option of a form-js select (a custom dropdown) by a part of its label. */
    TasklistForm select(String fieldId, String labelPart) {
        WebElement display = form.findElement(By.cssSelector("[id$='" + fieldId + "-display']"));
        click(display);
        WebElement option = wait.until(d -> form.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(o -> o.getDomProperty("textContent").contains(labelPart)).findFirst().orElse(null));
        // form-js selects an item on mousedown; dispatched directly, it works for an item scrolled out of a long list
        browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", option);
        wait.until(d -> form.findElement(By.cssSelector("[id$='" + fieldId + "-display']")).getDomProperty("textContent").contains(labelPart));
        return settle();
    }

    /** Clicks the radio button whose label starts with the given text. */
    TasklistForm choose(String fieldId, String labelStart) {
        WebElement label = wait.until(d -> form.findElements(By.cssSelector("label[for*='" + fieldId + "-']")).stream()
                .filter(l -> l.getText().startsWith(labelStart)).findFirst().orElse(null));
        click(form.findElement(By.id(label.getDomAttribute("for"))));
        return settle();
    }

    TasklistForm type(String fieldId, String text) {
        WebElement field = form.findElement(By.cssSelector("[id$='" + fieldId + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        new Actions(browser).click(field).sendKeys(text).perform();
        return settle();
    }

    /** Clicks Complete and waits until the engine no longer has the task. */
    void complete(TaskService tasks, String taskId, String screenshot) throws Exception {
        try {
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
            browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        } finally {
            Files.write(Path.of("target", screenshot + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** form-js applies a change after a short debounce. */
    private TasklistForm settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }
}
