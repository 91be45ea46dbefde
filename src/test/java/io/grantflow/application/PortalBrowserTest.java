package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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

/** An applicant logs in to the portal in a real browser, applies with a PDF and finds the application in the list. */
@RequiresChromium
class PortalBrowserTest extends IntegrationTest {

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
    void anApplicantSubmitsThroughThePortalAndSeesTheApplication() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        Path proposal = Files.createTempFile("proposal", ".pdf");
        Files.write(proposal, pdf());

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(applicant);
        browser.findElement(By.id("password")).sendKeys(applicant);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/applications"));

        browser.get(url("/"));
        browser.findElement(By.cssSelector("[data-call-id='" + call.id() + "'] a.button")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
        type("title", "Coral reef acoustics across the Pacific");
        type("abstractText", "We will listen to coral reefs with a partner team in Fiji.");
        type("keywords", "acoustics, coral reefs, oceanography");
        next();
        type("budgetEur", "8000");
        WebElement duration = browser.findElement(By.id("durationMonths"));
        duration.clear();
        duration.sendKeys("12");
        browser.executeScript("document.getElementById('phdDate').value = '2019-09-15'");
        type("unitCode", "UMR5800");
        type("partners[0].institution", "University of the South Pacific");
        type("partners[0].country", "FJ");
        type("partners[0].leadName", "Mere Tuilagi");
        type("partners[0].email", "mere@usp.example");
        next();
        browser.findElement(By.id("proposal")).sendKeys(proposal.toString());
        next();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("review")));
        browser.findElement(By.id("submit")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("applications")));
        String table = browser.findElement(By.id("applications")).getText();
        Files.write(Path.of("target", "portal-applications.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(table).contains("Coral reef acoustics across the Pacific", call.title(), "Eligible");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ? AND call_id = ?", applicant, call.id())).isEqualTo(1);

        browser.findElement(By.linkText("Coral reef acoustics across the Pacific")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("plain-status")));
        assertThat(browser.findElement(By.id("happened")).getText()).contains("You submitted your application.",
                "Your application meets the rules of the call: it is eligible.");
    }

    @Test
    void aMistakeInTheFormIsShownBesideTheFieldAndNothingIsStored() {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");

        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(applicant);
        browser.findElement(By.id("password")).sendKeys(applicant);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/applications"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes candidatures");

        browser.get(url("/portal/calls/" + call.id() + "/apply"));
        type("title", "Too few keywords");
        type("keywords", "one, two");
        browser.findElement(By.id("to-step-4")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("em.error")));
        assertThat(browser.findElement(By.id("apply-form")).getText()).contains("donnez de 3 à 10 mots-clés").doesNotContain("give 3 to 10 keywords", "is required");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
    }

    private void next() {
        WebElement step = browser.findElement(By.name("step"));
        browser.findElement(By.id("next")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.stalenessOf(step));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.name("step")));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
