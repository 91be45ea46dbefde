package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A programme manager imports a CSV file of reviewers from the pool page and reads which lines were refused and why. */
class ReviewerImportBrowserTest extends BrowserTest {

    @Test
    void aManagerImportsAFileAndReadsTheReport() throws Exception {
        String manager = manager();
        String fresh = "brw" + System.nanoTime();
        Path file = Files.createTempFile("reviewers", ".csv");
        Files.writeString(file, ReviewerImportTest.HEADER
                + fresh + ",Kwame,Mensah," + fresh + "@test.grantflow.example,en,University of Ghana,GH,malaria;epidemiology,5,\r\n"
                + "bad" + System.nanoTime() + ",Kwame,Mensah,not-an-email,en,University of Ghana,GHA,malaria,5,\r\n",
                StandardCharsets.UTF_8);
        ReviewerPoolBrowserTest.logInAndOpen(browser, port, manager, "nav-reviewers");
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.elementToBeClickable(By.id("import-reviewers"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        assertThat(browser.findElement(By.id("columns")).getText()).isEqualTo(ReviewerImportTest.HEADER.strip());
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("import")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("1 created, 0 updated, 1 refused");
        assertThat(browser.findElement(By.cssSelector("#refused tr[data-line='3']")).getText())
                .contains("Not an email address", "ISO 3166");
        assertThat(identity.createUserQuery().userId(fresh).count()).isEqualTo(1);
        Files.createDirectories(ReviewerPoolBrowserTest.SHOTS);
        Files.write(ReviewerPoolBrowserTest.SHOTS.resolve("import-1366.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(390, 1600));
        Files.write(ReviewerPoolBrowserTest.SHOTS.resolve("import-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        ReviewerPoolBrowserTest.assertNoSidewaysScroll(browser);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
