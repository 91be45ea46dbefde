package io.grantflow.irp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

/**
 * A manager at an IRP task in Camunda Tasklist: opens it, claims it, fills the Camunda Form field by field as a person
 * does, and completes it. Fields are found by the end of their id, since form-js prefixes ids at each render.
 */
final class IrpTasklist implements AutoCloseable {

    private final ChromeDriver browser;
    private final int port;
    private final WebDriverWait wait;
    private WebElement form;

    private IrpTasklist(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
        this.wait = Browser.waitUpTo(browser, 30);
    }

    /** Starts a headless Chromium and logs in to Tasklist; closing quits the browser. */
    static IrpTasklist logIn(int port, String userId) {
        ChromeDriver browser = Browser.start();
        try {
            Browser.logInToTasklist(browser, port, userId);
        } catch (RuntimeException e) {
            browser.quit();
            throw e;
        }
        return new IrpTasklist(browser, port);
    }

    @Override
    public void close() {
        browser.quit();
    }

    /** Opens the task, claims it as the person would, and waits for its form to show the project's title. */
    IrpTasklist open(String taskId, String title) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")));
        claim.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[ng-click='claim()']")));
        form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
        WebElement field = wait.until(d -> form.findElement(By.cssSelector("input[id$='Field_title']")));
        wait.until(d -> title.equals(field.getDomProperty("value")));
        return this;
    }

    /** The href of the form's link whose text starts with {@code text}. */
    String link(String text) {
        return wait.until(d -> form.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().startsWith(text)).findFirst().map(a -> a.getDomAttribute("href")).orElse(null));
    }

    IrpTasklist tick(String fieldId) throws InterruptedException {
        click(form.findElement(By.cssSelector("input[id$='" + fieldId + "']")));
        return this;
    }

    /** Chooses the radio button at {@code index} of the field (0 for the first). */
    IrpTasklist choose(String fieldId, int index) throws InterruptedException {
        click(form.findElement(By.cssSelector("input[id$='" + fieldId + "-" + index + "']")));
        return this;
    }

    IrpTasklist type(String fieldId, String text) throws InterruptedException {
        WebElement area = form.findElement(By.cssSelector("[id$='" + fieldId + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        new Actions(browser).click(area).sendKeys(text).perform();
        Thread.sleep(800); // form-js applies a change after a short debounce
        return this;
    }

    /** Clicks Complete and waits until the engine has completed the task. */
    void complete(TaskService tasks, String taskId, String screenshot) throws IOException {
        Files.write(Path.of("target", screenshot + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        } finally {
            Files.write(Path.of("target", screenshot + "-completed.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    private void click(WebElement element) throws InterruptedException {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        Thread.sleep(300);
    }
}
