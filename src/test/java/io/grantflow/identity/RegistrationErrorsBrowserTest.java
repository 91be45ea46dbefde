package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A French visitor on a phone sends a sign-up form with every field wrong: the error summary in French takes the
 * focus, each of its links leads to its field, the fields are marked invalid, and axe finds nothing serious.
 */
@RequiresChromium
class RegistrationErrorsBrowserTest extends BrowserTest {

    @Test
    void theFrenchSignUpSummaryTakesTheFocusAndLeadsToEachField() {
        browser.quit();
        browser = Browser.start("fr");
        Browser.recordCspViolations(browser);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/register"));
        browser.findElement(By.id("userId")).sendKeys("a");
        browser.findElement(By.id("lastName")).sendKeys("Moreau");
        browser.findElement(By.id("email")).sendKeys("ines.moreau");
        browser.findElement(By.id("password")).sendKeys("court");
        browser.findElement(By.id("register")).click();

        Browser.waitUpTo(browser, 20).until(d -> "error-summary".equals(browser.executeScript("return document.activeElement.id")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("Votre compte n'a pas été créé", "Identifiant (lettres et chiffres) — 3 à 64 lettres ou chiffres",
                "Prénom — Obligatoire, 100 caractères au plus", "Adresse électronique — Adresse électronique non valide",
                "Mot de passe (12 à 128 caractères) — 12 à 128 caractères")
                .doesNotContain("Required", "Not an email", "characters");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        for (String field : List.of("userId", "firstName", "email", "password")) {
            WebElement input = browser.findElement(By.id(field));
            assertThat(input.getAttribute("aria-invalid")).as(field).isEqualTo("true");
            assertThat(input.getAttribute("aria-describedby")).as(field).isEqualTo(field + "-error");
        }
        assertThat(browser.findElement(By.id("lastName")).getAttribute("aria-invalid")).isNull();
        assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Moreau");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);

        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getViolations().stream().filter(r -> List.of("serious", "critical").contains(r.getImpact()))
                .map(Rule::getId)).as("serious and critical accessibility violations").isEmpty();
        assertThat(Browser.cspViolations(browser)).as("the page keeps to its Content-Security-Policy").isEmpty();
        Screens.shoot(browser, "register-errors-fr");

        browser.manage().window().setSize(new Dimension(390, 844));
        summary.findElement(By.cssSelector("a[href='#email']")).click();
        assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("email");
    }
}
