package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A panel reviewer opens "My bids", chooses the call, and says of each application whether he would review it. */
@RequiresChromium
class BiddingBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aReviewerBidsOnTheCallsApplicationsWithOneSubmit() throws Exception {
        String reviewer = reviewer("JP", "graphene", "photonics");
        Call call = callWithPanel(List.of(reviewer), Map.of(), "50000");
        String wanted = submitEligible(call, applicant("en"), "Graphene photonics for quantum links with a rather long title that wraps",
                List.of("graphene", "photonics", "quantum"), 9000);
        String unwanted = submitEligible(call, applicant("en"), "Soil carbon", List.of("soil", "carbon", "climate"), 9000);
        ChromeDriver browser = chromium.driver();
        Browser.recordCspViolations(browser);
        ReviewerPoolBrowserTest.logInAndOpen(browser, port, reviewer, "nav-bids");
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("bidding-calls")));
        shoot(browser, "bids-calls-1366.png");
        browser.findElement(By.cssSelector("li[data-call='" + call.id() + "'] a")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("bidding-form")));
        assertThat(browser.findElement(By.id("bid-" + wanted + "-none")).isSelected()).isTrue();

        browser.findElement(By.cssSelector("label:has(#bid-" + wanted + "-eager)")).click();
        browser.findElement(By.cssSelector("label:has(#bid-" + unwanted + "-no)")).click();
        shoot(browser, "bids-1366.png");
        browser.findElement(By.id("save-bids")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("bid-" + wanted + "-eager")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("bid-" + unwanted + "-no")).isSelected()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE reviewer_id = ? AND bid = 1", reviewer)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM assignment_preference WHERE reviewer_id = ? AND bid = -1", reviewer)).isEqualTo(1);

        browser.manage().window().setSize(new Dimension(390, 1500));
        shoot(browser, "bids-saved-390.png");
        ReviewerPoolBrowserTest.assertNoSidewaysScroll(browser);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private static void shoot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(ReviewerPoolBrowserTest.SHOTS);
        Files.write(ReviewerPoolBrowserTest.SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
