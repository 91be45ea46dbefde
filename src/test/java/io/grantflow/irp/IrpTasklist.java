package io.grantflow.irp;

import io.grantflow.support.Browser;
import io.grantflow.support.TasklistForm;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A manager in Camunda Tasklist going from one IRP task to the next in one browser: each task's form is a
 * {@link TasklistForm}, opened once it shows the project's title.
 */
final class IrpTasklist implements AutoCloseable {

    private final ChromeDriver browser;
    private final int port;
    private TasklistForm form;

    private IrpTasklist(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
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

    IrpTasklist open(String taskId, String title) {
        form = TasklistForm.show(browser, port, taskId).showing("Field_title", title);
        return this;
    }

    String link(String text) {
        return form.link(text);
    }

    IrpTasklist tick(String fieldId) {
        form.tick(fieldId);
        return this;
    }

    /** Chooses the radio button at index (0 for the first). */
    IrpTasklist choose(String fieldId, int index) {
        form.tick(fieldId + "-" + index);
        return this;
    }

    IrpTasklist type(String fieldId, String text) {
        form.type(fieldId, text);
        return this;
    }

    void complete(TaskService tasks, String taskId, String screenshot) {
        form.complete(tasks, taskId, screenshot);
    }
}
