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

/** A programme manager follows a call's reviews, reminds one reviewer and replaces another. */
@RequiresChromium
class ReviewsPageBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aManagerRemindsOneReviewerAndReplacesAnother() throws Exception {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "graphene", "photonics");
        String silva = reviewerNamed("Rita", "Silva", "BR", "graphene", "photonics");
        Call call = callWithPanel(List.of(tanaka, weber, silva), Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        List<ReviewAssignment> invited = assignments.assignmentsOf(app);
        ChromeDriver driver = chromium.driver();
        ManagerBrowser manager = new ManagerBrowser(driver, port, manager());

        manager.open("/portal/dashboard/calls/" + call.id(), "reviews-link");
        driver.findElement(By.id("reviews-link")).click();
        manager.waitFor("back-to-call");
        assertThat(driver.findElements(By.cssSelector("tr[data-status='INVITED']"))).hasSize(2);

        driver.findElement(By.cssSelector("tr[data-assignment='" + invited.get(0).id() + "'] button.remind")).click();
        manager.waitFor("done");
        assertThat(driver.findElement(By.id("done")).getAttribute("data-outcome")).isEqualTo("REMINDED");
        assertThat(driver.findElement(By.cssSelector("tr[data-assignment='" + invited.get(0).id() + "'] .reminded")).getText())
                .startsWith("Reminded on");

        driver.findElement(By.cssSelector("tr[data-assignment='" + invited.get(1).id() + "'] button.replace")).click();
        manager.waitFor("done");
        assertThat(driver.findElement(By.id("done")).getAttribute("data-outcome")).isEqualTo("REPLACED");
        assertThat(driver.findElement(By.cssSelector("tr[data-assignment='" + invited.get(1).id() + "']")).getText())
                .contains("Replaced");
        assertThat(driver.findElements(By.cssSelector("tr[data-assignment='" + invited.get(1).id() + "'] button"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("tr[data-status='INVITED']"))).hasSize(2);
        manager.shoot("reviews");

        driver.get(manager.url("/portal/dashboard/calls/" + call.id() + "/reviews?lang=fr"));
        manager.waitFor("back-to-call");
        assertThat(driver.findElement(By.cssSelector("tr[data-assignment='" + invited.get(1).id() + "']")).getText())
                .contains("Remplacé");
        manager.shoot("reviews-fr");
    }
}
