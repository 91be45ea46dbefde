package io.grantflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.dashboard.SeededApplications;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager reads the retention purge of a past call's cases among the call's changes, in English and French, on a laptop and a phone. */
@RequiresChromium
class RetentionAuditBrowserTest extends BrowserTest {

    @Autowired RetentionPurge purge;
    @Autowired JdbcTemplate jdbcTemplate;

    @Test
    void theManagerReadsThePurgeAmongTheCallsChanges() throws Exception {
        Instant start = ClockUtil.getCurrentTime().toInstant();
        Call call = openFirstStepCall();
        new SeededApplications(jdbcTemplate, call.id()).add(ApplicationStatus.NOT_FUNDED, 3, new BigDecimal("5000"));
        ClockUtil.setCurrentTime(java.util.Date.from(ZonedDateTime.ofInstant(start, Call.FUNDER_ZONE).plusYears(10).plusDays(1).toInstant()));
        purge.purgeExpired();
        ClockUtil.reset();
        String manager = manager();

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
        for (String language : new String[] {"en", "fr"}) {
            for (int width : new int[] {1366, 390}) {
                browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=" + language));
                WebElement line = Browser.waitUpTo(browser, 20)
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#changes li[data-action='retention']")));
                assertThat(line.getText()).contains(language.equals("en") ? "Cases deleted at the end of their retention period" : "Dossiers supprimés au terme de leur durée de conservation",
                        "First Step: 3 (retentionYears 10)");
                Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
                assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling at " + width + " px").isLessThanOrEqualTo(width);
                assertThat(Browser.cspViolations(browser)).isEmpty();
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
                Files.write(Path.of("target", "retention-audit-" + language + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        }
    }
}
