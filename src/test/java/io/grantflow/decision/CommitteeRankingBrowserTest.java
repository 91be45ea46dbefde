package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.TasklistForm;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A programme manager takes the committee's decision in Tasklist: the ranking's proposal comes ticked, a choice
 * over the envelope is refused with the reason shown, and the chosen applications are recorded as funded.
 */
@RequiresChromium
@CoversForms("committee-ranking")
class CommitteeRankingBrowserTest extends CallScenario {

    @Autowired FundingDecisionService decisions;
    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    ChromeDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
    }

    @Test
    void aManagerChangesTheProposedSelectionAndIsRefusedOverTheEnvelope() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"),
                reviewer("US", "oceanography", "climate"), reviewer("BR", "climate", "statistics"));
        Call call = callWithPanel(panel, Map.of(), "18000");
        String best = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String second = submitEligible(call, applicant("fr"), "Ocean heat", List.of("oceanography", "climate", "statistics"), 8000);
        String third = submitEligible(call, applicant("en"), "Quantum dots", List.of("quantum", "photonics", "dots"), 5000);
        ProcessInstance callProcess = closeCall(call);
        scoreAll(best, 5);
        scoreAll(second, 4);
        scoreAll(third, 2);
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).taskDefinitionKey("Task_CommitteeRanking")
                .singleResult();
        List<String> options = options(callProcess.getId());

        Browser.logInToTasklist(browser, port, manager());
        TasklistForm form = TasklistForm.show(browser, port, committee.getId());
        assertThat(form.value("Field_callTitle")).isEqualTo(call.title());
        assertThat(form.text()).contains("Graphene photonics", "Ocean heat", "Quantum dots");
        // The ranking proposes the two best (17,000 EUR within 18,000).
        assertThat(form.isTicked(box(options, best))).isTrue();
        assertThat(form.isTicked(box(options, second))).isTrue();
        assertThat(form.isTicked(box(options, third))).isFalse();

        // All three (22,000 EUR) are over the envelope: refused, with the reason, and the task stays open.
        form.tick(box(options, third));
        form.complete();
        assertThat(form.shownError("envelope")).contains("The funded applications ask for 22000.00 EUR, more than the envelope of 18000.00 EUR")
                .doesNotContain("fundedApplicationIds");
        form.screenshot("tasklist-committee-refused");
        assertThat(tasks.createTaskQuery().taskId(committee.getId()).count()).isEqualTo(1);

        // The committee funds the best and the third instead.
        form.tick(box(options, second));
        form.screenshot("tasklist-committee-ranking");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> tasks.createTaskQuery().taskId(committee.getId()).count() == 0);
        assertThat(decisions.decisionOf(best).orElseThrow().funded()).isTrue();
        assertThat(decisions.decisionOf(second).orElseThrow().funded()).isFalse();
        assertThat(decisions.decisionOf(third).orElseThrow().funded()).isTrue();
    }

    private void scoreAll(String applicationId, long score) {
        for (Task task : reviewTasksOf(applicationId)) {
            review(task, score, score, score, "Scored " + score);
        }
    }

    /** The checklist's option values in their order on the form. */
    @SuppressWarnings("unchecked")
    private List<String> options(String processInstanceId) {
        Object value = engine.getRuntimeService().getVariable(processInstanceId, "rankingOptions");
        List<Map<String, Object>> list = value instanceof List<?> l ? (List<Map<String, Object>>) l
                : (List<Map<String, Object>>) (List<?>) org.camunda.spin.Spin.JSON(value.toString()).mapTo(List.class);
        return list.stream().map(o -> String.valueOf(o.get("value"))).toList();
    }

    private static String box(List<String> options, String applicationId) {
        return "Field_funded-" + options.indexOf(applicationId);
    }
}
