package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A programme manager keeps the reviewer pool in the portal: finds the reviewer without a profile, adds one, mends a refusal. */
class ReviewerPoolBrowserTest extends BrowserTest {

    static final Path SHOTS = Path.of("/tmp/shots/pool");

    @Autowired ReviewerService reviewers;

    @Test
    void aManagerWritesAMissingProfileThenAddsAReviewerAfterARefusal() throws Exception {
        String manager = manager();
        String bare = user("reviewer", "en", Groups.REVIEWERS);
        String profiled = user("reviewer", "fr", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(profiled, "Institut für Quantenoptik und Quanteninformation der Österreichischen Akademie",
                "AT", List.of("quantum optics", "cold atoms", "entanglement", "metrology"), null, 12));
        logInAndOpen(browser, port, manager, "nav-reviewers");
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("pool")));

        String bareRow = browser.findElement(By.cssSelector("tr[data-reviewer='" + bare + "']")).getText();
        assertThat(bareRow).contains("No profile: never assigned");
        assertThat(browser.findElement(By.cssSelector("tr[data-reviewer='" + profiled + "']")).getText())
                .contains("AT", "cold atoms", "12", "Français");
        shoot("pool-1366.png");
        browser.manage().window().setSize(new Dimension(390, 1400));
        shoot("pool-390.png");
        assertNoSidewaysScroll(browser);
        browser.manage().window().setSize(new Dimension(1366, 1000));

        browser.findElement(By.cssSelector("tr[data-reviewer='" + bare + "'] .flag a")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        browser.findElement(By.id("institution")).sendKeys("University of Tokyo");
        browser.findElement(By.id("country")).sendKeys("jp");
        browser.findElement(By.id("expertise")).sendKeys("Photonics, graphene");
        browser.findElement(By.id("maxLoad")).clear();
        browser.findElement(By.id("maxLoad")).sendKeys("3");
        browser.findElement(By.id("publications")).sendKeys("2025, Light in layered carbon");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.cssSelector("tr[data-reviewer='" + bare + "']")).getText())
                .contains("University of Tokyo", "JP", "photonics", "graphene").doesNotContain("never assigned");
        assertThat(reviewers.find(bare).orElseThrow().maxLoad()).isEqualTo(3);

        browser.findElement(By.id("add-reviewer")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        String id = "new" + System.nanoTime();
        browser.findElement(By.id("userId")).sendKeys(id);
        browser.findElement(By.id("firstName")).sendKeys("Ngozi");
        browser.findElement(By.id("lastName")).sendKeys("Okafor");
        browser.findElement(By.id("email")).sendKeys(id + "@test.grantflow.example");
        browser.findElement(By.id("institution")).sendKeys("University of Lagos");
        browser.findElement(By.id("country")).sendKeys("XX");
        browser.findElement(By.id("expertise")).sendKeys("hydrology");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Country of the institution", "ISO 3166");
        assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Ngozi");
        shoot("add-refused-1366.png");
        browser.manage().window().setSize(new Dimension(390, 2200));
        shoot("add-refused-390.png");
        assertNoSidewaysScroll(browser);
        browser.manage().window().setSize(new Dimension(1366, 1000));
        browser.findElement(By.cssSelector("#error-summary a[href='#country']")).click();
        browser.findElement(By.id("country")).clear();
        browser.findElement(By.id("country")).sendKeys("NG");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
        assertThat(browser.findElement(By.cssSelector("tr[data-reviewer='" + id + "']")).getText()).contains("University of Lagos", "NG");
        assertThat(identity.createUserQuery().userId(id).memberOfGroup(Groups.REVIEWERS).count()).isEqualTo(1);

        browser.findElement(By.cssSelector("tr[data-reviewer='" + id + "'] a.reviewer-name")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        shoot("edit-1366.png");
        browser.manage().window().setSize(new Dimension(390, 1800));
        shoot("edit-390.png");
        assertNoSidewaysScroll(browser);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** Logs in through the portal's form at 1366 px wide (test users' password is their id), then opens the nav link. */
    static void logInAndOpen(ChromeDriver browser, int port, String userId, String navLink) {
        browser.manage().window().setSize(new Dimension(1366, 1000));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(userId);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.elementToBeClickable(By.id(navLink))).click();
    }

    static void assertNoSidewaysScroll(ChromeDriver browser) {
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number width = (Number) browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(scroll.intValue()).as("page width at " + width).isLessThanOrEqualTo(width.intValue());
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
