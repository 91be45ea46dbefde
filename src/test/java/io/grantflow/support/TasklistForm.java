package io.grantflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A task's Camunda Form as a person meets it in Tasklist: opened from its link, claimed when it is a group's task,
 * filled field by field (form-js ids end with the component id, e.g. "Field_title"), and completed with the button.
 */
public final class TasklistForm {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final WebElement form;

    private TasklistForm(ChromeDriver browser, WebElement form) {
        this.browser = browser;
        this.wait = Browser.waitUpTo(browser, 30);
        this.form = form;
    }

    /** Opens the task in Tasklist (the user is logged in) and claims it if it is still a group's task. */
    public static TasklistForm open(ChromeDriver browser, int port, String taskId) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebDriverWait wait = Browser.waitUpTo(browser, 30);
        wait.until(d -> !d.findElements(By.cssSelector("div[cam-tasklist-form-camunda]")).isEmpty()
                || !d.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty());
        List<WebElement> claim = browser.findElements(By.cssSelector("button[ng-click='claim()']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
        }
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
        wait.until(d -> !form.findElements(By.cssSelector("input, textarea")).isEmpty());
        return new TasklistForm(browser, form);
    }

    /** What a read-only or input field shows, once form-js has filled it from the task's variables. */
    public String value(String componentId) {
        WebElement field = wait.until(d -> form.findElement(By.cssSelector("[id$='" + componentId + "']")));
        return field.getDomProperty("value");
    }

    public String text() {
        return form.getText();
    }

    /** Clicks a checkbox, or the n-th box of a checklist ("Field_funded-0"). */
    public TasklistForm tick(String inputId) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='" + inputId + "']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        return this;
    }

    public boolean isTicked(String inputId) {
        return form.findElement(By.cssSelector("[id$='" + inputId + "']")).isSelected();
    }

    /** Types into a text field or area; form-js applies a change after a short debounce, so let it settle. */
    public TasklistForm type(String componentId, String text) {
        WebElement field = form.findElement(By.cssSelector("[id$='" + componentId + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        new Actions(browser).click(field).sendKeys(text).perform();
        pause();
        return this;
    }

    public void complete() {
        pause();
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);
    }

    /** The error Tasklist shows after a refused completion, the one that says this (other notices may be shown too). */
    public String shownError(String saying) {
        return wait.until(d -> d.findElements(By.cssSelector(".alert-danger")).stream()
                .map(alert -> alert.getDomProperty("textContent").strip())
                .filter(t -> t.contains(saying)).findFirst().orElse(null));
    }

    public void screenshot(String name) {
        try {
            Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
