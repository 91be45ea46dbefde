package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A programme manager opens a call's panel from its dashboard, adds a reviewer and saves. */
@RequiresChromium
class PanelPageBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aManagerAddsAReviewerToThePanelFromTheCallsPage() throws Exception {
        String tanaka = reviewerNamed("Aiko", "Tanaka", "JP", "graphene", "photonics", "quantum optics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "quantum", "cryptography");
        String noProfile = user("reviewer", "en", Groups.REVIEWERS);
        Call call = callWithPanel(List.of(tanaka), Map.of(), "50000");
        ChromeDriver driver = chromium.driver();
        ManagerBrowser manager = new ManagerBrowser(driver, port, manager());

        manager.open("/portal/dashboard/calls/" + call.id(), "panel-link");
        driver.findElement(By.id("panel-link")).click();
        manager.waitFor("panel-form");
        assertThat(driver.findElement(By.id("pick-" + tanaka)).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("pick-" + noProfile)).isEnabled()).isFalse();
        assertThat(driver.findElement(By.cssSelector("tr[data-reviewer='" + noProfile + "']")).getText())
                .contains("No profile: never assigned");

        driver.findElement(By.cssSelector("label[for='pick-" + weber + "']")).click();
        driver.findElement(By.id("save-panel")).click();
        manager.waitFor("saved");
        assertThat(driver.findElement(By.id("pick-" + weber)).isSelected()).isTrue();
        assertThat(jdbc.sql("SELECT reviewer_id FROM call_panel WHERE call_id = ?").param(call.id()).query(String.class).list())
                .containsExactlyInAnyOrder(tanaka, weber);
        manager.shoot("panel");
    }
}
