package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An applicant writes an application in steps in a real browser: the draft is saved as he or she types, found again
 * after the browser is closed, the mistakes are listed at the top with links to their fields, the PDF stays, and the
 * review page submits it.
 */
@RequiresChromium
class DraftBrowserTest extends BrowserTest {

    @Test
    void anApplicantResumesADraftAfterClosingTheBrowserCorrectsAMistakeAndSubmits() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        Path proposal = Files.createTempFile("kelp-forests", ".pdf");
        Files.write(proposal, pdf());

        logIn(applicant, "en");
        browser.get(url("/portal/calls/" + call.id() + "/apply"));
        type("title", "Kelp forests and their sounds");
        type("abstractText", "We will record kelp forests with a partner team in Chile.");
        type("keywords", "kelp, acoustics, ecology");
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Draft saved at"));
        assertThat(browser.findElement(By.cssSelector("li[aria-current=step]")).getText()).isEqualTo("1. Project");
        assertThat(Browser.cspViolations(browser)).as("the page's script is a file of the portal's own").isEmpty();
        Screens.shoot(browser, "draft-step1-en");
        browser.quit(); // the browser closed: only the server keeps the draft
        browser = Browser.start();
        logIn(applicant, "en");
        browser.get(url("/portal/applications"));
        assertThat(browser.findElement(By.id("drafts")).getText()).contains("Kelp forests and their sounds", call.title());
        Screens.shoot(browser, "draft-mine-en");
        browser.findElement(By.id("resume-" + call.id())).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
        assertThat(browser.findElement(By.id("keywords")).getAttribute("value")).isEqualTo("kelp, acoustics, ecology");
        next();

        type("budgetEur", "8000");
        browser.executeScript("document.getElementById('phdDate').value = '2019-09-15'");
        type("unitCode", "UMR5800");
        type("partners[0].institution", "Universidad de Chile");
        type("partners[0].country", "Chile");
        type("partners[0].leadName", "Rosa Díaz");
        type("applicantOrcid", "0000-0002-1825-0098");
        Screens.shoot(browser, "draft-orcid-en", "#applicantOrcid-help");
        next();
        browser.findElement(By.id("proposal")).sendKeys(proposal.toString());
        next();

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("Partner team 1 · Country (ISO code, e.g. JP)", "must be a two-letter ISO 3166 country code",
                "Your ORCID iD (optional) — is not an ORCID iD (0000-0000-0000-0000, last character checked)");
        Browser.waitUpTo(browser, 10).until(d -> "error-summary".equals(browser.executeScript("return document.activeElement.id")));
        WebElement country = browser.findElement(By.id("partners[0].country"));
        assertThat(country.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(country.getAttribute("aria-describedby")).isEqualTo("partners[0].country-error");
        assertThat(browser.findElement(By.id("proposal-kept")).getText()).contains(proposal.getFileName().toString());
        Screens.shoot(browser, "draft-errors-en");
        summary.findElement(By.linkText("Partner team 1 · Country (ISO code, e.g. JP)")).click();
        assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("partners[0].country");

        country.clear();
        country.sendKeys("CL");
        browser.findElement(By.id("applicantOrcid")).clear();
        type("applicantOrcid", "https://orcid.org/0000-0002-1825-0097");
        next();
        assertThat(browser.findElement(By.id("review")).getText()).contains("Kelp forests and their sounds", "Universidad de Chile (CL) · Rosa Díaz");
        assertThat(browser.findElement(By.id("review-proposal")).getText()).isEqualTo(proposal.getFileName().toString());
        Screens.shoot(browser, "draft-review-en", "#review");
        browser.findElement(By.id("submit")).click();

        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("applications")));
        assertThat(browser.findElement(By.id("applications")).getText()).contains("Kelp forests and their sounds", "Eligible");
        assertThat(browser.findElements(By.id("drafts"))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ? AND call_id = ?", applicant, call.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ? AND applicant_orcid = '0000-0002-1825-0097'", applicant))
                .as("the iD kept in its bare form").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE applicant_id = ?", applicant)).isZero();
    }

    @Test
    void aCoordinatorAddsAndRemovesPartnerTeamsAndSeesTheMistakesInFrench() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("IRP", "IRP brouillons " + System.nanoTime(), now.minusDays(1), now.plusDays(2),
                new BigDecimal("500000"), Map.of()), "test");
        String coordinator = applicant("fr");

        logIn(coordinator, "fr");
        browser.get(url("/portal/calls/" + call.id() + "/apply?step=2"));
        assertThat(browser.findElement(By.cssSelector("li[aria-current=step]")).getText())
                .as("a call without a draft starts at the first step").isEqualTo("1. Projet");
        type("title", "Hydrophones de trois océans");
        browser.findElement(By.id("to-step-2")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("add-partner")));
        type("partners[0].institution", "University of Tokyo");
        type("partners[0].country", "JP");
        type("partners[0].leadName", "Ken Sato");
        type("partners[0].email", "ken@partner.example");
        for (String[] team : new String[][] {{"TU Berlin", "DE", "Anna Weber"}, {"Universidade de São Paulo", "BR", "Lia Costa"}}) {
            int row = browser.findElements(By.cssSelector("fieldset.partner")).size();
            browser.findElement(By.id("add-partner")).click();
            Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("partners[" + row + "].institution")));
            type("partners[" + row + "].institution", team[0]);
            type("partners[" + row + "].country", team[1]);
            type("partners[" + row + "].leadName", team[2]);
        }
        assertThat(browser.findElements(By.cssSelector("fieldset.partner"))).hasSize(3);
        Screens.shoot(browser, "draft-partners-fr", "#partners");
        browser.findElement(By.id("remove-partner-1")).click();
        Browser.waitUpTo(browser, 20).until(d -> d.findElements(By.cssSelector("fieldset.partner")).size() == 2);
        assertThat(browser.findElement(By.id("partners[1].institution")).getAttribute("value")).isEqualTo("Universidade de São Paulo");

        browser.findElement(By.id("to-step-4")).click();
        WebElement summary = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(summary.getText()).contains("Votre candidature ne peut pas encore être envoyée", "Résumé",
                "Équipe partenaire 2 · Adresse du responsable", "est obligatoire : le partenaire signe l’accord par un lien envoyé à cette adresse",
                "un fichier PDF est obligatoire").doesNotContain("is required", "a PDF file");
        Browser.waitUpTo(browser, 10).until(d -> "error-summary".equals(browser.executeScript("return document.activeElement.id")));
        assertThat(browser.findElement(By.id("partners[1].email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("abstractText")).getAttribute("aria-invalid")).isEqualTo("true");
        Screens.shoot(browser, "draft-errors-fr");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", coordinator)).isZero();
    }

    @Test
    void anApplicantUploadsAPublicationListSeesABrokenOneNamedInFrenchAndKeepsTheGoodOne() throws Exception {
        Call call = openFirstStepCall();
        Path good = Files.createTempFile("mes-travaux", ".bib");
        Files.writeString(good, "@article{k, author = {Chen, Wei}, title = {Kelp forests}, year = 2024, doi = {10.5555/kelp}}");
        Path broken = Files.createTempFile("casse", ".ris");
        Files.writeString(broken, "TY  - JOUR\nTI  - Sans fin\n");
        for (String language : new String[] {"en", "fr"}) {
            String applicant = applicant(language);
            logIn(applicant, language);
            browser.get(url("/portal/calls/" + call.id() + "/apply"));
            type("title", "Kelp forests and their sounds");
            next();
            browser.findElement(By.id("publications")).sendKeys(good.toString());
            browser.findElement(By.id("save-draft")).click();
            Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("publications-kept")));
            assertThat(browser.findElement(By.id("publications-kept")).getText()).contains(good.getFileName().toString());

            browser.findElement(By.id("publications")).sendKeys(broken.toString());
            browser.findElement(By.id("save-draft")).click();
            WebElement summary = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(summary.getText()).contains(language.equals("fr") ? "Votre liste de publications (facultatif)" : "Your publication list (optional)",
                    language.equals("fr") ? "ne peut pas être lu" : "cannot be read", language.equals("fr") ? "ligne 1" : "line 1");
            assertThat(browser.findElement(By.id("publications")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElement(By.id("publications-kept")).getText()).as("the good list stays")
                    .contains(good.getFileName().toString());
            assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Kelp forests and their sounds");
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            Screens.shoot(browser, "draft-publications-" + language, "#applicantOrcid");
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no sideways scrolling at 1366 px").isTrue();
            browser.quit();
            browser = Browser.start();
        }
    }

    private void logIn(String userId, String language) {
        Browser.logInToPortal(browser, port, userId, language);
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
}
