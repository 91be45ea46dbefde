package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
 * A programme manager lands on the dashboard, follows "messages the mail server refused" to the outbox, reads the
 * server's reply beside the message and sends it again, on a phone and in French.
 */
class OutboxBrowserTest extends BrowserTest {

    @Test
    void aManagerFindsARefusedMessageFromTheHomePageAndSendsItAgain() throws Exception {
        String applicant = applicant("en");
        String receipt = receiptRefusedByTheMailServer(applicant);

        String manager = user("manager", "fr", Groups.MANAGERS);
        browser.manage().window().setSize(new Dimension(390, 1600));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        WebElement refused = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-todo='refused'] a")));
        assertThat(refused.getText()).startsWith("Messages refusés par le serveur de messagerie :");
        Files.write(Path.of("target", "manager-home-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        refused.click();

        WebElement row = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-message='" + receipt + "']")));
        assertThat(row.getText()).contains(applicant + "@test.grantflow.example").contains("550 5.1.1");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(390);
        Files.write(Path.of("target", "outbox-failed-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        row.findElement(By.cssSelector("button[type='submit']")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("resent")));
        assertThat(browser.findElement(By.id("resent")).getText()).isNotBlank();
        assertThat(deliverMail().sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString())
                .isEqualTo(applicant + "@test.grantflow.example"));
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/portal/outbox"));
        Files.write(Path.of("target", "outbox-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
