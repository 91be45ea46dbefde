package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import io.grantflow.identity.Groups;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A programme manager, from a call's page, moves its closing, changes a criterion's weight and adds one after a
 * refused threshold, then closes the call early: the page says each outcome and the call follows.
 */
class CallSchedulePagesBrowserTest extends BrowserTest {

    @Test
    void aManagerMovesTheClosingReweighsTheCriteriaAndClosesTheCallEarly() throws Exception {
        Call call = openFirstStepCall();
        String manager = user("manager", "en", Groups.MANAGERS);
        browser.manage().window().setSize(new Dimension(1366, 1400));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
        browser.get(url("/portal/dashboard/calls/" + call.id()));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-link"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-form")));
        assertThat(browser.findElement(By.id("call-status")).getText()).isEqualTo("Open");
        assertThat(browser.findElement(By.id("opensAt")).isEnabled()).isFalse();

        LocalDateTime later = LocalDateTime.ofInstant(call.closesAt(), Call.FUNDER_ZONE).plusDays(5).withHour(12).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES);
        setValue("closesAt", later.toString());
        Files.write(Path.of("target", "call-schedule-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(calls.get(call.id()).closesAt()).isEqualTo(ParisTime.of(later));

        browser.findElement(By.id("back-to-call")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("criteria-link"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("criteria-form")));
        replace("c0-weight", "3");
        replace("c0-threshold", "7");
        browser.findElement(By.id("new-id")).sendKeys("openScience");
        browser.findElement(By.id("new-nameEn")).sendKeys("Open science");
        browser.findElement(By.id("new-nameFr")).sendKeys("Science ouverte");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("c0-threshold-error")).getText()).isEqualTo("must lie within the levels, from 1 to 5");
        assertThat(browser.findElement(By.id("new-id")).getAttribute("value")).isEqualTo("openScience");
        browser.manage().window().setSize(new Dimension(390, 2600));
        Files.write(Path.of("target", "call-criteria-refused-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(390);
        browser.findElement(By.cssSelector("#error-summary a[href='#c0-threshold']")).click();
        replace("c0-threshold", "2.5");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(calls.get(call.id()).criteria().get(0).weight()).isEqualByComparingTo("3");
        assertThat(calls.get(call.id()).criteria()).last().extracting(c -> c.name().fr()).isEqualTo("Science ouverte");

        browser.get(url("/portal/calls/" + call.id() + "/schedule"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("close-now"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("closed-note")));
        assertThat(browser.findElement(By.id("call-status")).getText()).isEqualTo("Closed");
        assertThat(browser.findElements(By.id("schedule-form"))).isEmpty();
        assertThat(calls.statusOf(calls.get(call.id()))).isEqualTo(CallStatus.CLOSED);
        Files.write(Path.of("target", "call-closed-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private void replace(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }
}
