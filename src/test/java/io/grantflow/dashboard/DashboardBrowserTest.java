package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A programme manager opens the dashboard in a real browser, reads a call's funnel and follows a count to its applications. */
@RequiresChromium
class DashboardBrowserTest extends IntegrationTest {

    @Autowired JdbcTemplate jdbcTemplate;
    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerReadsTheFunnelAndFollowsACountToItsApplications() throws Exception {
        Call call = openFirstStepCall();
        SeededApplications seed = new SeededApplications(jdbcTemplate, call.id());
        seed.add(ApplicationStatus.INELIGIBLE, 2, new BigDecimal("4000"));
        seed.add(ApplicationStatus.UNDER_REVIEW, 3, new BigDecimal("6000"));
        List<String> funded = seed.add(ApplicationStatus.FUNDED, 2, new BigDecimal("9000"));
        String manager = manager();

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("calls")));

        WebElement row = browser.findElement(By.cssSelector("tr[data-call-id='" + call.id() + "']"));
        assertThat(row.findElement(By.cssSelector("a[data-stage='SUBMITTED']")).getText()).isEqualTo("7");
        assertThat(row.findElement(By.cssSelector("a[data-stage='FUNDED']")).getText()).isEqualTo("2");
        row.findElement(By.linkText(call.title())).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("funnel-chart")));
        List<WebElement> bars = browser.findElements(By.cssSelector("#funnel-chart g.bar"));
        assertThat(bars).extracting(b -> b.findElement(By.cssSelector("text.count")).getText())
                .containsExactly("7", "5", "0", "5", "2", "2", "2");
        assertThat(Integer.parseInt(bars.get(0).findElement(By.tagName("rect")).getAttribute("width")))
                .isGreaterThan(Integer.parseInt(bars.get(6).findElement(By.tagName("rect")).getAttribute("width")));
        assertThat(browser.findElement(By.id("requested")).getText()).isEqualTo("44 000.00 EUR");
        assertThat(browser.findElement(By.id("awarded")).getText()).isEqualTo("18 000.00 EUR");
        assertThat(browser.findElement(By.id("exports")).getText()).contains("CSV", "Excel");
        Files.write(Path.of("target", "dashboard-call.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#funnel a[data-stage='FUNDED']")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("stage-applications")));
        assertThat(browser.findElements(By.cssSelector("#stage-applications tbody tr")))
                .extracting(r -> r.getAttribute("data-application-id")).containsExactlyInAnyOrderElementsOf(funded);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
