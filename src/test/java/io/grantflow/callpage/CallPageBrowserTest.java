package io.grantflow.callpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A French visitor reads a call on a phone, logs in from it, and starts an application from the call's page. */
class CallPageBrowserTest extends BrowserTest {

    @Test
    void aVisitorReadsTheCallOnAPhoneThenLogsInAndApplies() throws Exception {
        Call call = openCall(Map.of());
        String applicant = applicant("fr");
        browser.manage().window().setSize(new Dimension(390, 1800));
        browser.get(url("/?lang=fr"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-call-id='" + call.id() + "'] a.button"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("rules")));
        assertThat(browser.findElement(By.id("time-left")).getText()).startsWith("Soit dans 6 jours");
        assertThat(browser.findElement(By.cssSelector("dt[data-rule='maxBudgetEur']")).getText()).isEqualTo("Budget maximal (EUR)");
        assertThat(browser.findElement(By.id("call-action")).getText()).contains("Connectez-vous");
        assertThat(browser.findElements(By.id("apply"))).isEmpty();
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(390);
        Files.write(Path.of("target", "call-page-fr-390.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#call-action a[href$='/login']")).click();
        browser.findElement(By.id("username")).sendKeys(applicant);
        browser.findElement(By.id("password")).sendKeys(applicant);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/"));
        browser.manage().window().setSize(new Dimension(1366, 1400));
        browser.get(url("/portal/calls/" + call.id()));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply")));
        Files.write(Path.of("target", "call-page-fr-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("apply")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
