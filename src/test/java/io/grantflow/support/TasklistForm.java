package io.grantflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A task's Camunda Form as a person meets it in Tasklist: opened from its link, claimed when it is a group's task,
 * filled field by field, completed with the button. Fields are found by the end of their id ("Field_title"),
 * since form-js prefixes ids at each render; a checklist's or radio's n-th input ends with "-n".
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

    /** Logs in as the user (password = id) and opens the task's form. */
    public static TasklistForm open(ChromeDriver browser, int port, String userId, String taskId) {
        Browser.logInToTasklist(browser, port, userId);
        return show(browser, port, taskId);
    }

    /** Opens the task's form for the user already logged in, claiming a group's task as a person does. */
    public static TasklistForm show(ChromeDriver browser, int port, String taskId) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebDriverWait wait = Browser.waitUpTo(browser, 30);
        WebElement form = loadedForm(wait, false);
        // a task of the user's group opens read-only until he or she claims it
        List<WebElement> claim = browser.findElements(By.cssSelector("button.claim[ng-click='claim()']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            browser.executeScript("window.grantflowClaimSettled = undefined");
            claim.get(0).click();
            // the page loads again once the claim succeeds if the form's words changed to the claimer's language
            wait.until(d -> gone(form) || Boolean.TRUE.equals(browser.executeScript("return window.grantflowClaimSettled === true")));
            return new TasklistForm(browser, loadedForm(wait, true));
        }
        return new TasklistForm(browser, form);
    }

    /**
     * The form once form-js has drawn its fields (and, when {@code editable}, enabled them). Tasklist may draw the form's
     * container again meanwhile (a busy machine sees it), so the container is looked up afresh until it holds fields.
     */
    private static WebElement loadedForm(WebDriverWait wait, boolean editable) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement form = d.findElement(By.cssSelector("div[cam-tasklist-form-camunda]"));
            boolean drawn = !form.findElements(By.cssSelector(".fjs-form-field")).isEmpty()
                    && (!editable || d.findElements(By.cssSelector(".disabled-form")).isEmpty());
            return drawn ? form : null;
        });
    }

    /** Whether the page that held the element has been left or loaded again. */
    public static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            // stale, or (while the page loads again) "node does not belong to the document"
            return true;
        }
    }

    public String text() {
        return form.getText();
    }

    /** What a field shows, once form-js has filled it from the task's variables. */
    public String value(String fieldId) {
        return wait.until(d -> {
            List<WebElement> found = form.findElements(By.cssSelector("[id$='" + fieldId + "']"));
            return found.isEmpty() ? null : found.get(0);
        }).getDomProperty("value");
    }

    /** Waits until the field shows that value (a form's title, say: the form is the task's). */
    public TasklistForm showing(String fieldId, String expected) {
        wait.until(d -> expected.equals(value(fieldId)));
        return this;
    }

    public boolean disabled(String fieldId) {
        return "true".equals(form.findElement(By.cssSelector("[id$='" + fieldId + "']")).getDomProperty("disabled"));
    }

    /** The href of the form's link whose text starts with this. */
    public String link(String textStart) {
        return wait.until(d -> form.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().startsWith(textStart)).findFirst().map(a -> a.getDomAttribute("href")).orElse(null));
    }

    /** Clicks a checkbox, a checklist's n-th box or a radio's n-th choice ("Field_funded-0"). */
    public TasklistForm tick(String inputId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='" + inputId + "']"))));
        return settle();
    }

    /** Ticks the checklist box whose label contains the text. */
    public TasklistForm tick(String fieldId, String labelPart) {
        WebElement label = wait.until(d -> form.findElements(By.cssSelector("label[for*='" + fieldId + "-']")).stream()
                .filter(l -> l.getDomProperty("textContent").contains(labelPart)).findFirst().orElse(null));
        WebElement box = form.findElement(By.id(label.getDomAttribute("for")));
        click(box);
        wait.until(d -> box.isSelected());
        return settle();
    }

    public boolean isTicked(String inputId) {
        return form.findElement(By.cssSelector("input[id$='" + inputId + "']")).isSelected();
    }

    /** Clicks the radio button whose label starts with the text. */
    public TasklistForm choose(String fieldId, String labelStart) {
        WebElement label = wait.until(d -> form.findElements(By.cssSelector("label[for*='" + fieldId + "-']")).stream()
                .filter(l -> l.getText().startsWith(labelStart)).findFirst().orElse(null));
        click(form.findElement(By.id(label.getDomAttribute("for"))));
        return settle();
    }

    /** Chooses the option of a form-js select (a custom dropdown) by a part of its label. */
    public TasklistForm select(String fieldId, String labelPart) {
        WebElement display = form.findElement(By.cssSelector("[id$='" + fieldId + "-display']"));
        click(display);
        WebElement option = wait.until(d -> form.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(o -> o.getDomProperty("textContent").contains(labelPart)).findFirst().orElse(null));
        // form-js selects an item on mousedown; dispatched directly, it works for an item scrolled out of a long list
        browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", option);
        wait.until(d -> form.findElement(By.cssSelector("[id$='" + fieldId + "-display']")).getDomProperty("textContent").contains(labelPart));
        return settle();
    }

    /** Types into a text field or area. */
    public TasklistForm type(String fieldId, String text) {
        WebElement field = form.findElement(By.cssSelector("[id$='" + fieldId + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        new Actions(browser).click(field).sendKeys(text).perform();
        return settle();
    }

    /** Clicks Complete (the engine may still refuse: see {@link #shownError}). */
    public void complete() {
        settle();
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        browser.executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);
    }

    /** Clicks Complete and waits until the engine no longer has the task; a screenshot of the end goes to target/. */
    public void complete(TaskService tasks, String taskId, String screenshot) {
        try {
            complete();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        } finally {
            screenshot(screenshot);
        }
    }

    /** The error Tasklist shows after a refused completion, the one that says this (other notices may show too). */
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
