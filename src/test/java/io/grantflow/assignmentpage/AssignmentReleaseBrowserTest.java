package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A manager, after a call set to be released by hand has closed, reads the proposed assignment and releases it. */
@RequiresChromium
class AssignmentReleaseBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aManagerReleasesTheAssignmentAfterTheClosingAndItsReviewersAreInvited() throws Exception {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "photonics", "quantum");
        Call call = callWithPanel(List.of(tanaka, weber), Map.of("releaseAssignmentByHand", true), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        ChromeDriver driver = chromium.driver();
        ManagerBrowser manager = new ManagerBrowser(driver, port, manager());

        manager.open("/portal/dashboard/calls/" + call.id() + "/assignment", "release-form");
        assertThat(driver.findElement(By.id("release-form")).getText()).contains("nobody is invited yet");
        assertThat(driver.findElements(By.cssSelector("div[data-application='" + app + "'] tr[data-reviewer]"))).hasSize(2);
        manager.shoot("release");
        driver.findElement(By.id("release")).click();
        manager.waitFor("released");
        runDueJobs();
        assertThat(assignments.assignmentsOf(app)).extracting(ReviewAssignment::reviewerId).containsExactlyInAnyOrder(tanaka, weber);
        driver.navigate().refresh();
        manager.waitFor("already-invited");
    }
}
