package io.grantflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * From the login page to a new password's mail, as a person on a phone or a laptop does it, in French and in English:
 * the link under the login form, a refused empty address with its summary focused, then the answer that the link is
 * on its way, and the mail received over SMTP.
 */
@RequiresChromium
class ForgottenPasswordBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"fr, 390, Mot de passe oublié, Indiquez, Si un compte utilise cette adresse",
                "en, 1366, Forgotten your password, Give the email, If an account uses this address"})
    void aPersonAsksForANewPasswordFromTheLoginPage(String language, int width, String link, String refusal, String answer) {
        String user = applicant(language);
        browser.quit();
        browser = Browser.start(language);
        Browser.recordCspViolations(browser);
        browser.manage().window().setSize(new Dimension(width, 844));
        browser.get(url("/login"));
        assertThat(browser.findElement(By.id("forgotten")).getText()).startsWith(link);
        browser.findElement(By.id("forgotten")).click();

        browser.findElement(By.id("send-link")).click();
        Browser.waitUpTo(browser, 20).until(d -> "error-summary".equals(browser.executeScript("return document.activeElement.id")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains(refusal);
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(r -> List.of("serious", "critical").contains(r.getImpact())).map(Rule::getId))
                .as("serious and critical accessibility violations").isEmpty();
        Screens.shoot(browser, "password-forgotten-refused-" + language);

        browser.manage().window().setSize(new Dimension(width, 844));
        browser.findElement(By.id("email")).sendKeys(user + "@test.grantflow.example");
        browser.findElement(By.id("send-link")).click();
        Browser.waitUpTo(browser, 20).until(d -> !d.findElements(By.id("forgotten-sent")).isEmpty());
        assertThat(browser.findElement(By.id("forgotten-sent")).getText()).startsWith(answer);
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);
        assertThat(Browser.cspViolations(browser)).as("the page keeps to its Content-Security-Policy").isEmpty();
        Screens.shoot(browser, "password-forgotten-sent-" + language);

        deliverMail();
        assertThat(mailsTo(user)).hasSize(1);
    }
}
