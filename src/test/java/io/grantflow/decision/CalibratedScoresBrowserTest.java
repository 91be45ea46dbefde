package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import io.grantflow.support.TasklistForm;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A programme manager reads each application's mean corrected for its reviewers' leniency beside the raw mean, in
 * the committee's Tasklist form and on the call's dashboard, and is told plainly when no correction is possible.
 */
@RequiresChromium
class CalibratedScoresBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    ChromeDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
    }

    @Test
    void aLenientReviewersScoresAreCorrectedBesideTheRawMeans() {
        // three reviewers in a ring, each application shared by two; "lenient" gives 5 where the others give 3
        String lenient = reviewer("DE", "graphene", "photonics");
        String second = reviewer("JP", "graphene", "quantum");
        String third = reviewer("US", "graphene", "photonics");
        Call call = callWithPanel(List.of(lenient, second, third), Map.of(), "30000");
        String a1 = submitEligible(call, applicant("en"), "Graphene links", List.of("graphene", "photonics", "quantum"), 9000);
        String a2 = submitEligible(call, applicant("en"), "Quantum sheets", List.of("graphene", "photonics", "quantum"), 9000);
        String a3 = submitEligible(call, applicant("en"), "Photonic lattices", List.of("graphene", "photonics", "quantum"), 9000);
        String manager = manager();
        pinReviewers(call, Map.of(a1, List.of(lenient, second), a2, List.of(second, third), a3, List.of(third, lenient)), manager);
        ProcessInstance callProcess = closeCall(call);
        for (String a : List.of(a1, a2, a3)) {
            for (Task t : reviewTasksOf(a)) {
                long score = t.getAssignee().equals(lenient) ? 5 : 3;
                review(t, score, score, score, "Scored " + score);
            }
        }

        Screens.laptop(browser);
        Browser.logInToTasklist(browser, port, manager);
        TasklistForm form = TasklistForm.show(browser, port, committeeTaskOf(callProcess).getId());
        assertThat(rankingTable()).contains("Weighted mean", "Graphene links");
        // the second table sets the calibrated mean beside the raw one, rank by rank
        assertThat(criteriaTable()).contains("Weighted mean", "Calibrated mean", "3.89", "3.22");
        assertThat(form.text()).contains("Calibrated scores. Some reviewers score higher than others",
                "the 3 reviewers who reviewed more than one of these applications", "follow the raw weighted mean");
        assertThat(sidewaysOverflow()).as("the main table still fits at 1366 px").isZero();
        Screens.shoot(browser, "committee-calibrated", "[id$='Table_criteria']");

        logInToPortal(manager);
        browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=en"));
        assertThat(row(a1)).containsExactly("1", "Graphene links", "4.00", "3.89", "2");
        assertThat(row(a2)).containsExactly("3", "Quantum sheets", "3.00", "3.22", "2");
        assertThat(row(a3)).containsExactly("2", "Photonic lattices", "4.00", "3.89", "2");
        assertThat(browser.findElement(By.id("calibration-note")).getText()).contains("how lenient or harsh each reviewer is");
        Screens.shoot(browser, "dashboard-calibrated-en", "#calibration-title");

        browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=fr"));
        assertThat(browser.findElement(By.id("calibration")).getText()).contains("Moyenne pondérée", "Moyenne calibrée");
        assertThat(browser.findElement(By.id("calibration-note")).getText()).contains("la moyenne calibrée");
        assertThat(row(a2)).containsExactly("3", "Quantum sheets", "3.00", "3.22", "2");
        Screens.shoot(browser, "dashboard-calibrated-fr", "#calibration-title");
    }

    @Test
    void withoutSharedReviewersOnlyTheRawMeansAreShownAndTheReasonIsSaid() {
        // each application has its own two reviewers: nobody's leniency can be compared with anyone else's
        List<String> panel = List.of(reviewer("DE", "coral", "acoustics"), reviewer("JP", "coral", "acoustics"),
                reviewer("US", "coral", "acoustics"), reviewer("BR", "coral", "acoustics"));
        Call call = callWithPanel(panel, Map.of(), "30000");
        String a1 = submitEligible(call, applicant("en"), "Reef sounds", List.of("coral", "acoustics", "oceanography"), 9000);
        String a2 = submitEligible(call, applicant("en"), "Reef maps", List.of("coral", "acoustics", "oceanography"), 9000);
        String manager = manager();
        pinReviewers(call, Map.of(a1, panel.subList(0, 2), a2, panel.subList(2, 4)), manager);
        ProcessInstance callProcess = closeCall(call);
        reviewTasksOf(a1).forEach(t -> review(t, 5, 5, 5, "Good."));
        reviewTasksOf(a2).forEach(t -> review(t, 3, 3, 3, "Fair."));

        Screens.laptop(browser);
        Browser.logInToTasklist(browser, port, manager);
        TasklistForm form = TasklistForm.show(browser, port, committeeTaskOf(callProcess).getId());
        assertThat(form.text()).contains("Calibrated scores. Calibration is not possible for this call",
                "Only the raw means are shown.");
        assertThat(criteriaTable()).contains("Weighted mean").doesNotContain("Calibrated mean");

        logInToPortal(manager);
        browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=fr"));
        assertThat(browser.findElement(By.id("calibration-note")).getText())
                .isEqualTo("La calibration n'est pas possible pour cet appel : les évaluateurs n'ont pas assez de candidatures"
                        + " en commun pour comparer leur façon de noter. Seules les moyennes brutes sont affichées.");
        assertThat(browser.findElements(By.cssSelector("#calibration td.calibrated"))).isEmpty();
        assertThat(row(a1)).containsExactly("1", "Reef sounds", "5.00", "2");
        Screens.shoot(browser, "dashboard-not-calibrated-fr", "#calibration-title");
        browser.get(url("/portal/dashboard/calls/" + call.id() + "?lang=en"));
        assertThat(browser.findElement(By.id("calibration-note")).getText()).startsWith("Calibration is not possible for this call");
        Screens.shoot(browser, "dashboard-not-calibrated-en", "#calibration-title");
    }

    private void logInToPortal(String userId) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(userId);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
    }

    /** The cells of the application's line in the dashboard's calibration table. */
    private List<String> row(String applicationId) {
        WebElement row = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#calibration tr[data-application-id='" + applicationId + "']")));
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private String rankingTable() {
        return (String) browser.executeScript("return document.querySelectorAll('.fjs-table-inner-container')[0].innerText;");
    }

    private String criteriaTable() {
        return (String) browser.executeScript("return document.querySelectorAll('.fjs-table-inner-container')[1].innerText;");
    }

    private long sidewaysOverflow() {
        return (Long) browser.executeScript("const box = document.querySelectorAll('.fjs-table-inner-container')[0];"
                + "return Math.max(0, box.scrollWidth - box.clientWidth);");
    }

    private Task committeeTaskOf(ProcessInstance callProcess) {
        return tasks.createTaskQuery().processInstanceId(callProcess.getId()).taskDefinitionKey("Task_CommitteeRanking").singleResult();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
