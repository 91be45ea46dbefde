package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.identity.Groups;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;

/**
 * Tasklist, Cockpit and Admin carry Grantflow's name, and none of them shows Camunda's red banner telling users to
 * migrate to Camunda 8.
 */
class WebappBrandingBrowserTest extends BrowserTest {

    @Value("${camunda.bpm.admin-user.id:admin}") String adminId;
    @Value("${camunda.bpm.admin-user.password}") String adminPassword;

    @Test
    void aReviewerSeesGrantflowTasklistWithoutTheMigrationBanner() {
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        Browser.logInToTasklist(browser, port, reviewer);

        assertBranded("Grantflow Tasklist");
        Screens.shoot(browser, "tasklist-home");
    }

    @Test
    void aManagerSeesGrantflowCockpitWithoutTheMigrationBanner() {
        String manager = manager();
        logIn("cockpit", manager, manager);

        assertBranded("Grantflow Cockpit");
        Screens.shoot(browser, "cockpit-home");
    }

    @Test
    void anAdministratorSeesGrantflowAdminWithoutTheMigrationBanner() {
        logIn("admin", adminId, adminPassword);

        assertBranded("Grantflow Admin");
        Screens.shoot(browser, "admin-home");
    }

    private void assertBranded(String name) {
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.textToBe(By.cssSelector("[cam-widget-header] .brand-name"), name));
        assertThat(browser.getTitle()).startsWith(name);
        // the banner's element is still there (Camunda renders it in every Community Edition webapp), but not shown
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).isNotEmpty()
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8", "Camunda 7 CE");
    }

    private void logIn(String webapp, String userId, String password) {
        browser.get(url("/camunda/app/" + webapp + "/default/"));
        By username = By.cssSelector("input[ng-model='username']");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(username)).sendKeys(userId);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.invisibilityOfElementLocated(username));
    }
}
