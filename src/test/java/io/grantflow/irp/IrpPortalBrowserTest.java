package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An IRP coordinator applies in the portal in a real browser: two partner teams and a budget by project year. */
@RequiresChromium
class IrpPortalBrowserTest extends IrpScenario {

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
    void aCoordinatorAppliesWithTwoPartnerTeamsAndAYearlyBudget() throws Exception {
        Call call = irpCall(List.of(), Map.of());
        String coordinator = applicant("en");
        logIn(coordinator);
        fill(call, "Deep ocean acoustics network", 15000, 15000, 15000, 15000, 15000);
        browser.findElement(By.id("submit")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("applications")));
        assertThat(browser.findElement(By.id("applications")).getText()).contains("Deep ocean acoustics network", "Eligible");
        String id = jdbc.sql("SELECT id FROM application WHERE applicant_id = ? AND call_id = ?").params(coordinator, call.id())
                .query(String.class).single();
        assertThat(count("SELECT COUNT(*) FROM application_partner WHERE application_id = ?", id)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM irp_budget_year WHERE application_id = ?", id)).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM irp_application WHERE application_id = ? AND permanent_position", id)).isEqualTo(1);
    }

    @Test
    void aBudgetTableThatDoesNotAddUpIsShownOnThePageAndNothingIsStored() throws Exception {
        Call call = irpCall(List.of(), Map.of());
        String coordinator = applicant("en");
        logIn(coordinator);
        fill(call, "Shallow reef acoustics", 15000, 15000, 15000, 15000, 10000);

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("yearlyBudget-error")));
        assertThat(browser.findElement(By.id("yearlyBudget-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Budget by project year");
        // What was typed is still there to correct.
        assertThat(browser.findElement(By.id("partners[1].institution")).getAttribute("value")).isEqualTo("TU Berlin");
        assertThat(browser.findElement(By.id("year5")).getAttribute("value")).startsWith("10000");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", coordinator)).isZero();
    }

    @Test
    void aCoordinatorFilesTheAnnualReportThatIsDueFromTheProjectPage() throws Exception {
        String coordinator = applicant("en");
        String applicationId = startedProject("pab", coordinator, manager(), 2);
        Path report = Files.createTempFile("report", ".pdf");
        Files.write(report, pdf());
        logIn(coordinator);
        browser.get(url("/portal/applications/" + applicationId));
        var wait = Browser.waitUpTo(browser, 20);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annual-report-form")));
        assertThat(browser.findElements(By.id("report-form"))).as("no final report during the project").isEmpty();
        assertThat(browser.findElement(By.id("agreement-link")).getAttribute("href")).endsWith("/portal/applications/" + applicationId + "/agreement");

        browser.findElement(By.id("annual-report")).sendKeys(report.toString());
        browser.findElement(By.id("submit-annual-report")).click();
        wait.until(ExpectedConditions.urlContains("annualReported"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thank you: your annual report has been received.",
                "Annual report 1, filed on");
        assertThat(browser.findElements(By.id("annual-report-form"))).as("nothing more due until it is approved").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM irp_annual_report WHERE application_id = ? AND project_year = 1", applicationId)).isEqualTo(1);
    }

    private void logIn(String userId) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(userId);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/applications"));
    }

    private void fill(Call call, String title, int... years) throws Exception {
        Path proposal = Files.createTempFile("proposal", ".pdf");
        Files.write(proposal, pdf());
        browser.get(url("/portal/calls/" + call.id() + "/apply"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
        assertThat(browser.findElements(By.id("phdDate"))).as("no PhD date for IRP").isEmpty();
        type("title", title);
        type("abstractText", "A network of hydrophones shared by three laboratories.");
        type("keywords", "oceanography, acoustics, climate");
        next();
        type("budgetEur", "75000");
        WebElement duration = browser.findElement(By.id("durationMonths"));
        duration.clear();
        duration.sendKeys("60");
        type("unitCode", "UMR5800");
        type("partners[0].institution", "University of Tokyo");
        type("partners[0].country", "JP");
        type("partners[0].leadName", "Ken Sato");
        type("partners[0].email", "ken@partner.example");
        browser.findElement(By.id("permanentPosition")).click();
        type("jointWork", "Two joint papers (2023, 2025).");
        for (int y = 1; y <= years.length; y++) {
            type("year" + y, Integer.toString(years[y - 1]));
        }
        browser.findElement(By.id("add-partner")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("partners[1].institution")));
        type("partners[1].institution", "TU Berlin");
        type("partners[1].country", "DE");
        type("partners[1].leadName", "Anna Weber");
        type("partners[1].email", "anna@partner.example");
        next();
        browser.findElement(By.id("proposal")).sendKeys(proposal.toString());
        next();
    }

    /** Goes on to the next step of the form, or from the documents to the review. */
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
