package io.grantflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** A manager changes a call's panel, then reads the change on the call's page, on a wide screen and on a phone, in English and French. */
class AuditTrailBrowserTest extends BrowserTest {

    @Autowired ReviewerService reviewers;

    @Test
    void theManagerReadsWhoChangedThePanelOnTheCallsPage() throws Exception {
        String manager = manager();
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(reviewer, "Institute " + reviewer, "JP", List.of("graphene"), "graphene", 4));
        Call call = openFirstStepCall();
        assertThat(sendJson(HttpMethod.PUT, "/api/calls/" + call.id() + "/panel", manager, "[\"" + reviewer + "\"]", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
        browser.get(url("/portal/dashboard/calls/" + call.id()));

        WebElement change = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#changes li[data-action='panel']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Changes");
        assertThat(change.getText()).contains("Reviewer panel", "Test manager", "Before", "After");
        assertThat(change.findElement(By.cssSelector("dd.from")).getText()).isEqualTo("–");
        assertThat(change.findElement(By.cssSelector("dd.to")).getText()).isEqualTo(reviewer);
        screenshot(change, "audit-call-1366.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=fr"));
        change = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#changes li[data-action='panel']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Modifications");
        assertThat(change.getText()).contains("Panel d'évaluateurs", "Test manager", "Avant", "Après", reviewer);
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(change.getRect().getWidth()).as("the change fits the screen").isLessThanOrEqualTo(390);
        assertThat(Browser.cspViolations(browser)).as("the page keeps to its Content-Security-Policy").isEmpty();
        screenshot(change, "audit-call-390.png");
    }

    private void screenshot(WebElement shown, String file) throws Exception {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
        Files.write(Path.of("target", file), browser.getScreenshotAs(OutputType.BYTES));
    }
}
