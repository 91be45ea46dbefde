package io.grantflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Applicants read the anonymised reviews and reply in a real browser, in English and French, on a laptop and a
 * phone: the count follows the typing, a reply over the limit comes back with its text, a sent one is shown, and
 * after the deadline a plain sentence says the window closed.
 */
@RequiresChromium
class ReplyBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    @Autowired ReplyService replies;

    @Test
    void applicantsReplyInTheirLanguageOnALaptopAndAPhone() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of("replyDays", 5, "replyMaxChars", 200), "18000");
        String english = applicant("en");
        String french = applicant("fr");
        String app = submitEligible(call, english, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String frenchApp = submitEligible(call, french, "Photonique quantique", List.of("quantum", "photonics", "graphene"), 8000);
        closeCall(call);
        for (String a : List.of(app, frenchApp)) {
            for (Task task : reviewTasksOf(a)) {
                review(task, 4, 3, 5, "The partnership is convincing; the budget for travel is not justified and should be "
                        + "explained with the dates of each visit to the partner laboratory.");
            }
        }
        runDueJobs();

        ChromeDriver browser = chromium.driver();
        Browser.recordCspViolations(browser);
        Browser.logInToPortal(browser, port, english, "en");
        browser.get("http://localhost:" + port + "/portal/applications/" + app);
        WebElement field = browser.findElement(By.id("reply-field"));
        assertThat(browser.findElement(By.id("reply")).getText()).contains("Reviewer 1", "Reviewer 2", "Scientific quality: 4");
        field.sendKeys("Travel dates are in section 4.");
        assertThat(browser.findElement(By.id("reply-count")).getText()).isEqualTo("30 of 200 characters");
        Screens.shoot(browser, "reply-form-en", "#reply");
        assertThat(sidewaysAt390(browser)).isZero();

        field.sendKeys(" " + "More detail. ".repeat(14));
        assertThat(browser.findElement(By.id("reply-count")).getAttribute("class")).contains("over");
        browser.findElement(By.id("send-reply")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("the call allows 200");
        assertThat(browser.findElement(By.id("reply-field")).getDomProperty("value")).startsWith("Travel dates are in section 4. More detail.");
        Screens.shoot(browser, "reply-refused-en");
        Screens.shoot(browser, "reply-refused-form-en", "#reply-form");
        assertThat(sidewaysAt390(browser)).isZero();

        field = browser.findElement(By.id("reply-field"));
        field.clear();
        field.sendKeys("Travel dates are in section 4.");
        browser.findElement(By.id("send-reply")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reply-thanks")));
        assertThat(browser.findElement(By.id("reply-text")).getText()).isEqualTo("Travel dates are in section 4.");
        assertThat(browser.findElements(By.id("reply-form"))).isEmpty();
        Screens.shoot(browser, "reply-sent-en", "#reply");
        assertThat(Browser.cspViolations(browser)).isEmpty();

        browser.manage().deleteAllCookies();
        Browser.logInToPortal(browser, port, french, "fr");
        browser.get("http://localhost:" + port + "/portal/applications/" + frenchApp);
        assertThat(browser.findElement(By.id("reply")).getText()).contains("Évaluateur 1", "Évaluateur 2");
        browser.findElement(By.id("reply-field")).sendKeys("Les dates figurent en section 4.");
        assertThat(browser.findElement(By.id("reply-count")).getText()).isEqualTo("32 sur 200 caractères");
        Screens.shoot(browser, "reply-form-fr", "#reply");
        Screens.shoot(browser, "reply-textarea-fr", "#reply-form");
        assertThat(sidewaysAt390(browser)).isZero();

        moveClockTo(replies.closesAt(call.id()).orElseThrow().plusSeconds(60));
        runDueJobs();
        browser.get("http://localhost:" + port + "/portal/applications/" + frenchApp);
        assertThat(browser.findElement(By.id("reply-closed")).getText()).startsWith("Le délai de réponse s’est terminé le");
        assertThat(browser.findElements(By.id("reply-form"))).isEmpty();
        Screens.shoot(browser, "reply-closed-fr", "#reply");
    }

    private static long sidewaysAt390(ChromeDriver browser) {
        browser.manage().window().setSize(new Dimension(390, 844));
        long overflow = (Long) browser.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        Screens.laptop(browser);
        return overflow;
    }
}
