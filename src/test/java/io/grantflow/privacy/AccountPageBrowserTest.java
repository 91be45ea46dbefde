package io.grantflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A French applicant on a phone opens his or her account page from the menu, finds the data download and asks for erasure. */
class AccountPageBrowserTest extends BrowserTest {

    @Test
    void anApplicantFindsHisDataAndAsksForErasureOnAPhone() throws Exception {
        String applicant = applicant("fr");
        browser.manage().window().setSize(new Dimension(390, 1200));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(applicant);
        browser.findElement(By.id("password")).sendKeys(applicant);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("download-data")));
        assertThat(browser.findElement(By.id("download-data")).getText()).isEqualTo("Télécharger mes données");
        assertThat(browser.findElement(By.id("download-data")).getAttribute("href")).endsWith("/portal/account/data.zip");
        browser.findElement(By.id("ask-erasure")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-asked")));
        assertThat(browser.findElement(By.id("erasure-asked")).getText()).contains("attend un gestionnaire de programme");
        assertThat(browser.findElements(By.id("ask-erasure"))).isEmpty();
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(390);
        Files.write(Path.of("target", "account-fr-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(count("SELECT COUNT(*) FROM erasure_request WHERE user_id = ? AND status = 'ASKED'", applicant)).isEqualTo(1);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
