package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.review.Publication;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The assignment preview names the work a reviewer co-authored with the applicant, in English and in French. */
@RequiresChromium
class CoAuthorshipPreviewBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @Test
    void thePreviewSaysWhatTheReviewerCoAuthoredWithTheApplicant() throws Exception {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(Call.FUNDER_ZONE).getYear();
        String dubois = reviewerNamed("Marie-Thérèse", "Dubois", "FR", "graphene", "photonics");
        String weber = reviewerNamed("Jonas", "Weber", "DE", "photonics", "quantum");
        String silva = reviewerNamed("Rita", "Silva", "BR", "graphene", "quantum");
        reviewers.savePublications(dubois, List.of(new Publication(year - 1,
                "Solvent effects on proton transfer in DNA base pairs, a long title that has to wrap on a phone", "10.1063/5.0187654",
                List.of(new Publication.Author("Dubois, Marie-Thérèse", null), new Publication.Author("Chen, Wei", null)))));
        Call call = callWithPanel(List.of(dubois, weber, silva), Map.of(), "50000");
        String applicant = applicant("en");
        User user = identity.createUserQuery().userId(applicant).singleResult();
        user.setFirstName("Wei");
        user.setLastName("Chen");
        identity.saveUser(user);
        String app = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        ChromeDriver driver = chromium.driver();
        String page = "/portal/dashboard/calls/" + call.id() + "/assignment";
        String reason = "div[data-application='" + app + "'] li[data-reviewer='" + dubois + "']";

        ManagerBrowser english = new ManagerBrowser(driver, port, manager());
        english.open(page, "loads");
        assertThat(driver.findElement(By.cssSelector(reason)).getText()).isEqualTo("Marie-Thérèse Dubois – co-authored "
                + "'Solvent effects on proton transfer in DNA base pairs, a long title that has to wrap on a phone', " + (year - 1)
                + " (with Wei Chen)");
        assertThat(driver.findElements(By.cssSelector("div[data-application='" + app + "'] tr[data-reviewer='" + dubois + "']")))
                .as("never proposed").isEmpty();
        english.shoot("coauthored-en");

        driver.manage().deleteAllCookies();
        ManagerBrowser french = new ManagerBrowser(driver, port, user("manager", "fr", Groups.MANAGERS));
        french.open(page, "loads");
        assertThat(driver.findElement(By.cssSelector(reason)).getText().replace('\u00a0', ' ')).isEqualTo("Marie-Thérèse Dubois – a co-écrit "
                + "« Solvent effects on proton transfer in DNA base pairs, a long title that has to wrap on a phone », " + (year - 1)
                + " (avec Wei Chen)");
        french.shoot("coauthored-fr");
    }
}
