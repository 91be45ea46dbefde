package io.grantflow.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import io.grantflow.call.Call;
import io.grantflow.support.Axe;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, a funded applicant reads the decision, the reviewers' comments and the award to accept on the
 * status page, at a laptop's and a phone's width without sideways scrolling and without a serious accessibility
 * fault, then accepts the award and reads that the project started.
 */
@RequiresChromium
class ApplicantStatusBrowserTest extends CallScenario {

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Decision: your application is funded, with 9000 EUR.|Accept the award by|You accepted the award: your project started.",
            "fr|Décision : votre candidature est financée, pour 9000 EUR.|Acceptez l’aide avant le|Vous avez accepté l’aide : votre projet a commencé."})
    void aFundedApplicantReadsTheDecisionAndCommentsAndAcceptsTheAward(String language, String funded, String accept, String accepted) {
        String r1 = reviewer("DE", "glaciers", "climate");
        String r2 = reviewer("JP", "glaciers", "hydrology");
        Call call = callWithPanel(List.of(r1, r2), Map.of(), "20000");
        String applicant = applicant(language);
        String app = submitEligible(call, applicant, "Glacier melt and the rivers of the high valleys, measured over a whole year",
                List.of("glaciers", "climate", "hydrology"), 9000);
        ProcessInstance callProcess = closeCall(call);
        review(reviewTasksOf(app).get(0), 5, 4, 5, "Excellent and timely: the partner team's data on the valleys is unique.");
        review(reviewTasksOf(app).get(0), 4, 4, 4, "A sound plan. The budget for fieldwork could be argued in more detail.");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager(), () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(app))));
        runDueJobs();

        ChromeDriver browser = chromium.driver();
        Browser.logInToPortal(browser, port, applicant, language);
        browser.get("http://localhost:" + port + "/portal/applications/" + app);
        String status = browser.findElement(By.id("plain-status")).getText();
        assertThat(status).contains(funded, accept, "the partner team's data on the valleys is unique.")
                .doesNotContain(r1, r2, "for the committee only", "Check eligibility");
        Screens.shoot(browser, "applicant-status-funded-" + language);
        Screens.shoot(browser, "applicant-status-funded-" + language + "-to-do", "#to-do");
        for (int width : new int[] {390, 1366}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no sideways scrolling at %d px", width).isTrue();
        }
        List<String> faults = Axe.analyze(browser).getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact())).map(Rule::getId).toList();
        assertThat(faults).as("serious and critical accessibility violations").isEmpty();

        browser.findElement(By.id("accept")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("accepted"));
        runDueJobs();
        browser.get("http://localhost:" + port + "/portal/applications/" + app);
        assertThat(browser.findElement(By.id("happened")).getText()).contains(accepted);
        assertThat(browser.findElements(By.id("accept-form"))).as("nothing more to accept").isEmpty();
        Screens.shoot(browser, "applicant-status-accepted-" + language);
    }
}
