package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser, an applicant (in English) invites a co-applicant, who opens the mailed link (in French) and writes the draft. */
@RequiresChromium
class CoApplicantBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("/portal/co-applicants/[0-9a-f]{48}");

    @Autowired DraftService drafts;
    @Test
    void anApplicantInvitesACoApplicantWhoAcceptsAndWritesTheDraft() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String invitee = applicant("fr");
        drafts.save(call, applicant, DraftTest.complete(call), new ProposalFile("graphene.pdf", pdf()));

        logIn(applicant, "en");
        browser.get(url("/portal/calls/" + call.id() + "/apply?step=3"));
        browser.findElement(By.id("co-applicant-email")).sendKeys(invitee + "@test.grantflow.example");
        browser.findElement(By.id("invite")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("invited")));
        assertThat(browser.findElement(By.id("co-applicant-list")).getText()).contains(invitee + "@test.grantflow.example", "has not accepted yet");
        Screens.shoot(browser, "co-applicants-en", "#co-applicants");
        browser.quit(); // the invitee reads the mail elsewhere
        browser = Browser.start();
        deliverMail();
        Matcher link = LINK.matcher((String) mailsTo(invitee).get(0).getContent());
        assertThat(link.find()).isTrue();
        logIn(invitee, "fr");
        browser.get(url(link.group()));
        assertThat(browser.findElement(By.id("invitation-text")).getText())
                .contains("vous invite à rédiger la candidature « Graphene photonics for quantum links »");
        Screens.shoot(browser, "co-applicant-invitation-fr");
        browser.findElement(By.id("accept")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("writing-for")));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Graphene photonics for quantum links");
        browser.findElement(By.id("title")).sendKeys(", à deux");
        browser.findElement(By.id("to-step-4")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("only-applicant")));
        assertThat(browser.findElements(By.id("submit"))).isEmpty();
        assertThat(browser.findElement(By.id("review")).getText()).contains("Graphene photonics for quantum links, à deux");
        Screens.shoot(browser, "co-applicant-review-fr", "#step-4");
        assertThat(drafts.find(call.id(), applicant).orElseThrow().form().title()).isEqualTo("Graphene photonics for quantum links, à deux");
    }

    private void logIn(String userId, String language) {
        Browser.logInToPortal(browser, port, userId, language);
    }
}
