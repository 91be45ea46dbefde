package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.identity.Groups;
import io.grantflow.support.Browser;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Tasklist speaks French to a browser whose first language is French, and English to the others. */
@RequiresChromium
class TasklistLanguageBrowserTest extends IntegrationTest {

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerWithAFrenchBrowserReadsTasklistInFrench() {
        browser = Browser.start("fr");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Se connecter"));
        Browser.logInToTasklist(browser, port, user("reviewer", "fr", Groups.REVIEWERS));

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Raccourcis clavier"));
        assertThat(browser.getPageSource()).contains("Filtrer les tâches");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Choisissez une tâche dans la liste.", "Dates et heures affichées")
                .doesNotContain("Keyboard Shortcuts", "Select a task in the list.");
        Screens.shoot(browser, "tasklist-home-fr");
    }

    @Test
    void aReviewerWithAnEnglishBrowserReadsTasklistInEnglish() {
        browser = Browser.start("en-GB");
        Browser.logInToTasklist(browser, port, user("reviewer", "en", Groups.REVIEWERS));

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Keyboard Shortcuts"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Select a task in the list.")
                .doesNotContain("Raccourcis clavier");
    }
}
