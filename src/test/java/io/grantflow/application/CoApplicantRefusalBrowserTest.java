package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: an applicant who invites himself reads why beside the invite form, shown again; a French
 * reader who opens an invitation another account accepted reads, in French, why it cannot be opened and what to do.
 */
@RequiresChromium
class CoApplicantRefusalBrowserTest extends BrowserTest {

    @Autowired DraftService drafts;

    @Test
    void aRefusedInviteAndARefusedInvitationSayWhyInTheReadersLanguage() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        drafts.save(call, applicant, DraftTest.complete(call), null);
        Browser.logInToPortal(browser, port, applicant, "en");
        browser.get(url("/portal/calls/" + call.id() + "/apply?step=3"));
        browser.findElement(By.id("co-applicant-email")).sendKeys(applicant + "@test.grantflow.example");
        browser.findElement(By.id("invite")).click();
        Browser.waitUpTo(browser, 20).until(d -> "error-summary".equals(browser.executeScript("return document.activeElement.id")));
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("The invitation was not sent", "Email of the co-applicant — This is your own address");
        assertThat(browser.findElement(By.id("co-applicant-email")).getAttribute("value")).isEqualTo(applicant + "@test.grantflow.example");
        assertThat(browser.findElement(By.id("co-applicant-email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertNoSeriousViolation();
        Screens.shoot(browser, "co-applicant-invite-refused-en");

        browser.findElement(By.id("co-applicant-email")).clear();
        browser.findElement(By.id("co-applicant-email")).sendKeys("ken.sato@example.org");
        browser.findElement(By.id("invite")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("invited")));
        String token = jdbc.sql("SELECT token FROM co_applicant WHERE applicant_id = ?").param(applicant).query(String.class).single();
        jdbc.sql("UPDATE co_applicant SET user_id = ? WHERE token = ?").params(applicant("en"), token).update();

        browser.quit();
        browser = Browser.start("fr");
        Browser.recordCspViolations(browser);
        Browser.logInToPortal(browser, port, applicant("fr"), "fr");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/portal/co-applicants/" + token));
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("Cette invitation ne peut pas être ouverte",
                "Cette invitation a été acceptée par un autre compte", "demandez à Test applicant de vous inviter à nouveau");
        assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("refusal");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("accepted", "invitation cannot", "Page not found");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertNoSeriousViolation();
        assertThat(Browser.cspViolations(browser)).isEmpty();
        Screens.shoot(browser, "co-applicant-refused-fr");
    }

    private void assertNoSeriousViolation() {
        assertThat(new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(r -> List.of("serious", "critical").contains(r.getImpact())).map(Rule::getId))
                .as("serious and critical accessibility violations").isEmpty();
    }
}
