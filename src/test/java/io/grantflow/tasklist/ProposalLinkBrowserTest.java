package io.grantflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.CoversForms;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import io.grantflow.support.TasklistForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reviewer opens the proposal from the review form in a new tab, without logging in again; the link is relative and
 * carries nothing that would let anyone else read it.
 */
@RequiresChromium
@CoversForms("review")
class ProposalLinkBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    ChromeDriver browser;
    String reviewer;
    String otherCallsReviewer;
    String application;

    @BeforeEach
    void reviewsUnderWay() {
        browser = chromium.driver();
        reviewer = reviewer("JP", "graphene", "photonics");
        application = applicationUnderReview(List.of(reviewer, reviewer("DE", "photonics", "quantum")));
        otherCallsReviewer = reviewer("US", "oceanography", "climate");
        applicationUnderReview(List.of(otherCallsReviewer, reviewer("BR", "climate", "statistics")));
    }

    @Test
    void theReviewerOpensTheProposalInANewTabWithoutASecondLogin() {
        TasklistForm form = TasklistForm.open(browser, port, reviewer, accept(reviewTaskOf(reviewer, application)).getId());
        String href = form.link("Open the proposal");
        assertThat(href).isEqualTo("../../../../portal/reviews/" + application + "/proposal");
        Screens.shoot(browser, "review-form-proposal-link");

        // the document as the tab gets it: the PDF itself, not the portal's login page
        WebElement link = browser.findElement(By.partialLinkText("Open the proposal"));
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(fetchFromPage(link.getDomProperty("href"))).isEqualTo("200 application/pdf");

        String tasklist = browser.getWindowHandle();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        Browser.waitUpTo(browser, 30).until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.urlContains("/portal/reviews/" + application + "/proposal"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void anotherReviewerLoggedInToTasklistIsToldTheProposalIsNotHis() {
        Browser.logInToTasklist(browser, port, otherCallsReviewer);

        browser.get("http://localhost:" + port + "/portal/reviews/" + application + "/proposal");

        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Page not found", "not yours to see");
        assertThat(fetchFromPage(browser.getCurrentUrl())).startsWith("404 ");
        // nor is the application's page, which only its applicant and managers read
        assertThat(fetchFromPage("http://localhost:" + port + "/portal/applications/" + application)).startsWith("404 ");
        Screens.shoot(browser, "proposal-of-another-reviewer");
    }

    @Test
    void someoneNotLoggedInIsAskedToLogIn() {
        browser.get("http://localhost:" + port + "/portal/reviews/" + application + "/proposal");

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.cssSelector("input[name='password']"))).isNotEmpty();
    }

    @Test
    void theTasklistLoginOpensOnlyThePagesLinkedFromFormsAndEndsWithTheTasklistLogout() {
        String manager = manager();
        Browser.logInToTasklist(browser, port, manager);

        // a manager's page that no form links to still asks for the portal's own login
        browser.get("http://localhost:" + port + "/portal/dashboard");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.urlContains("/login"));

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        assertThat(fetchFromPage("http://localhost:" + port + "/portal/reviews/" + application + "/proposal")).isEqualTo("200 application/pdf");
        logOutOfTasklist();
        assertThat(fetchFromPage("http://localhost:" + port + "/portal/reviews/" + application + "/proposal")).doesNotStartWith("200 application/pdf");
    }

    private String fetchFromPage(String url) {
        return Browser.fetch(browser, url);
    }

    private void logOutOfTasklist() {
        String token = (String) browser.executeScript(
                "return (document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '').substring(11);");
        String answer = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': arguments[0]}})"
                + ".then(r => done('' + r.status)).catch(e => done('failed ' + e));", token);
        assertThat(answer).isEqualTo("200");
    }
}
