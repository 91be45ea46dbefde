package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import io.grantflow.identity.Groups;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A programme manager creates an IRP call in French on a phone, mends a refused setting, then opens its settings. */
class CallPagesBrowserTest extends BrowserTest {

    @Test
    void aManagerCreatesAnIrpCallInFrenchAndFixesAnOutOfRangeSetting() throws Exception {
        String manager = user("manager", "fr", Groups.MANAGERS);
        browser.manage().window().setSize(new Dimension(390, 3400));
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("new-call-link"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-programme='IRP']")))
                .click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("call-form")));

        assertThat(browser.findElement(By.cssSelector("label[for='rule-maxDurationMonths']")).getText())
                .isEqualTo("Durée maximale du projet (mois)");
        assertThat(browser.findElement(By.cssSelector("label[for='rule-maxBudgetEur']")).getText())
                .isEqualTo("Budget maximal (EUR)");
        assertThat(browser.findElement(By.id("rule-maxBudgetEur-help")).getText())
                .isEqualTo("Une candidature qui demande davantage au total est inéligible.");
        assertThat(browser.findElement(By.cssSelector("label[for='rule-oneReviewerAbroad']")).getText())
                .isEqualTo("Un évaluateur à l'étranger");
        WebElement duration = browser.findElement(By.id("rule-maxDurationMonths"));
        assertThat(duration.getAttribute("value")).isEqualTo("60");
        assertThat(duration.getAttribute("min")).isEqualTo("12");
        assertThat(duration.getAttribute("max")).isEqualTo("120");
        assertThat(duration.getAttribute("step")).isEqualTo("1");
        assertThat(browser.findElement(By.id("rule-maxBudgetEur")).getAttribute("step")).isEqualTo("0.01");
        assertThat(browser.findElement(By.id("rule-oneReviewerAbroad")).isSelected()).isTrue();
        Files.write(Path.of("target", "call-new-390.png"), browser.getScreenshotAs(OutputType.BYTES));

        String title = "Appel IRP " + System.nanoTime();
        LocalDateTime opens = LocalDateTime.now(Call.FUNDER_ZONE).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        browser.findElement(By.id("title")).sendKeys(title);
        setValue("opensAt", opens.toString());
        setValue("closesAt", opens.plusDays(30).withHour(17).toString());
        browser.findElement(By.id("envelopeEur")).sendKeys("250000");
        duration.clear();
        duration.sendKeys("500");
        browser.findElement(By.id("create")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Durée maximale du projet (mois)");
        assertThat(browser.findElement(By.id("rule-maxDurationMonths-error")).getText()).isEqualTo("doit valoir au plus 120");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("opensAt")).getAttribute("value")).startsWith(opens.toString().substring(0, 16));
        assertThat(browser.findElement(By.id("envelopeEur")).getAttribute("value")).isEqualTo("250000");
        assertThat(browser.findElement(By.id("rule-maxDurationMonths")).getAttribute("value")).isEqualTo("500");
        Files.write(Path.of("target", "call-refused-390.png"), browser.getScreenshotAs(OutputType.BYTES));

        WebElement fixed = browser.findElement(By.id("rule-maxDurationMonths"));
        fixed.clear();
        fixed.sendKeys("48");
        browser.findElement(By.id("create")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("settings-link")));
        assertThat(browser.getCurrentUrl()).contains("/portal/dashboard/calls/");
        String callId = browser.getCurrentUrl().replaceAll(".*/calls/([^/?#]+).*", "$1");
        Call call = calls.get(callId);
        assertThat(call.title()).isEqualTo(title);
        assertThat(call.settings().integer("maxDurationMonths")).isEqualTo(48);

        browser.manage().window().setSize(new Dimension(1366, 2600));
        browser.findElement(By.id("settings-link")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("settings-form")));
        assertThat(browser.findElement(By.id("rule-maxDurationMonths")).getAttribute("value")).isEqualTo("48");
        Files.write(Path.of("target", "call-settings-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        WebElement reviewers = browser.findElement(By.id("rule-reviewersPerApplication"));
        reviewers.clear();
        reviewers.sendKeys("3");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(calls.get(callId).settings().integer("reviewersPerApplication")).isEqualTo(3);

        browser.get(url("/portal/calls/new?programme=IRP"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("call-form")));
        Files.write(Path.of("target", "call-new-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }
}
