package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A programme manager reads the proposed assignment, pins a reviewer, removes a pair, and the closing invites what was shown. */
@RequiresChromium
class AssignmentPreviewBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aManagerPinsAReviewerAndRemovesAPairBeforeTheClosing() throws Exception {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "photonics", "quantum");
        String silva = reviewerNamed("Rita", "Silva", "BR", "medieval", "history");
        String partner = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(partner, "University of Tokyo", "JP", List.of("graphene"), "graphene", 4));
        Call call = callWithPanel(List.of(tanaka, weber, silva, partner), Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        submitEligible(call, applicant("en"), "Quantum photonic links", List.of("quantum", "photonics", "links"), 8000);
        ChromeDriver driver = chromium.driver();
        ManagerBrowser manager = new ManagerBrowser(driver, port, manager());

        manager.open("/portal/dashboard/calls/" + call.id(), "assignment-link");
        driver.findElement(By.id("assignment-link")).click();
        manager.waitFor("loads");
        String plan = "div[data-application='" + app + "']";
        assertThat(driver.findElement(By.cssSelector(plan + " li[data-reviewer='" + partner + "']")).getText())
                .contains("works at the partner institution University of Tokyo");
        manager.shoot("assignment");

        new Select(driver.findElement(By.id("pin-" + app))).selectByValue(silva);
        driver.findElement(By.cssSelector(plan + " button.pin")).click();
        manager.waitFor("loads");
        String other = driver.findElements(By.cssSelector(plan + " tr[data-reviewer]")).stream()
                .map(e -> e.getAttribute("data-reviewer")).filter(id -> !id.equals(silva)).findFirst().orElseThrow();
        driver.findElement(By.cssSelector(plan + " tr[data-reviewer='" + other + "'] button.remove-pair")).click();
        manager.waitFor("loads");
        assertThat(driver.findElement(By.cssSelector(plan + " li[data-reviewer='" + other + "']")).getText())
                .contains("pair removed by a manager");
        assertThat(driver.findElement(By.cssSelector(plan + " tr[data-reviewer='" + silva + "']")).getText()).contains("pinned");
        List<String> shown = driver.findElements(By.cssSelector(plan + " tr[data-reviewer]")).stream()
                .map(e -> e.getAttribute("data-reviewer")).toList();
        assertThat(shown).hasSize(2).contains(silva).doesNotContain(other, partner);
        manager.shoot("assignment-corrected");

        closeCall(call);
        assertThat(assignments.assignmentsOf(app)).extracting(ReviewAssignment::reviewerId).containsExactlyInAnyOrderElementsOf(shown);
    }
}
