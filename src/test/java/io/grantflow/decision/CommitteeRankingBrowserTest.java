package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.reply.ReplyService;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
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
    @Autowired ReplyService replies;
    @Autowired ApplicationService applications;
    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();
    ChromeDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
    }

    @Test
    void aManagerChangesTheProposedSelectionAndIsRefusedOverTheEnvelope() {
        Call call = callWithPanel(panel(), Map.of(), "18000");
        String best = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String second = submitEligible(call, applicant("fr"), "Ocean heat", List.of("oceanography", "climate", "statistics"), 8000);
        String third = submitEligible(call, applicant("en"), "Quantum dots", List.of("quantum", "photonics", "dots"), 5000);
        ProcessInstance callProcess = closeCall(call);
        scoreAll(best, 5);
        scoreAll(second, 4);
        scoreAll(third, 2);
        Task committee = committeeTaskOf(callProcess);
        List<String> options = options(callProcess.getId());

        Screens.laptop(browser);
        Browser.logInToTasklist(browser, port, manager());
        TasklistForm form = TasklistForm.show(browser, port, committee.getId());
        assertThat(form.value("Field_callTitle")).isEqualTo(call.title());
        assertThat(form.text()).contains("Graphene photonics", "Ocean heat", "Quantum dots");
        // at 1366 px each application's title, weighted mean and amount are in view, with no sideways scrolling
        assertThat(sidewaysOverflow("Table_ranking")).isZero();
        assertThat(tableText("Table_ranking")).contains("Weighted mean", "Amount (EUR)", "Graphene photonics", "5", "9000");
        assertThat(form.text()).doesNotContain("Tie");
        assertThat(form.text()).contains("Ticked: 17000 EUR of the envelope of 18000.00 EUR. Left: 1000 EUR.");
        // The ranking proposes the two best (17,000 EUR within 18,000).
        assertThat(form.isTicked(box(options, best))).isTrue();
        assertThat(form.isTicked(box(options, second))).isTrue();
        assertThat(form.isTicked(box(options, third))).isFalse();

        // All three (22,000 EUR) are over the envelope: refused, with the reason, and the task stays open.
        form.tick(box(options, third));
        assertThat(form.text()).contains("Ticked: 22000 EUR of the envelope of 18000.00 EUR. Over the envelope by 4000 EUR: untick an application.");
        Screens.shoot(browser, "committee-over-envelope", "[id$='Table_ranking']");
        form.complete();
        assertThat(form.shownError("envelope")).contains("The funded applications ask for 22000.00 EUR, more than the envelope of 18000.00 EUR")
                .doesNotContain("fundedApplicationIds", "ENGINE-", "TaskListener");
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

    @Test
    void applicationsWithTheSameMeanAreFlaggedAsATie() {
        Call call = callWithPanel(panel(), Map.of(), "10000");
        String first = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 6000);
        String second = submitEligible(call, applicant("en"), "Ocean heat", List.of("oceanography", "climate", "statistics"), 6000);
        ProcessInstance callProcess = closeCall(call);
        scoreAll(first, 4);
        scoreAll(second, 4);
        Task committee = committeeTaskOf(callProcess);

        Screens.laptop(browser);
        Browser.logInToTasklist(browser, port, manager());
        TasklistForm form = TasklistForm.show(browser, port, committee.getId());

        assertThat(form.text()).contains("Ties. Tie at 4: 1. Graphene photonics, 2. Ocean heat.", "the committee decides");
        assertThat(tableText("Table_ranking")).contains("1 (tie)", "2 (tie)");
        // the proposal funds the first submitted; ticking the other as well goes over the envelope
        form.tick("Field_funded-1");
        assertThat(form.text()).contains("Over the envelope by 2000 EUR");
        Screens.shoot(browser, "committee-tie", "[id$='Table_ranking']");

        // given back to the group, a French manager claims it: the form and its tables are then in French
        tasks.setAssignee(committee.getId(), null);
        browser.manage().deleteAllCookies();
        Browser.logInToTasklist(browser, port, user("manager", "fr", Groups.MANAGERS));
        form = TasklistForm.show(browser, port, committee.getId());
        assertThat(form.text()).contains("Classement du comité", "Ex aequo à 4 : 1. Graphene photonics, 2. Ocean heat.",
                "le comité décide", "Cochées :", "Graphene photonics (moyenne 4,00, 6000,00 EUR)")
                .doesNotContain("Ticked:", "Weighted mean");
        assertThat(tableText("Table_ranking")).contains("Moyenne pondérée", "Montant (EUR)", "1 (ex aequo)", "oui");
        Screens.shoot(browser, "committee-tie-fr", "[id$='Table_ranking']");
    }

    /** How many pixels of the table are hidden to the right of its container. */
    @Test
    void theCommitteeSeesWhichApplicantsRepliedWithALinkToTheReply() {
        Call call = callWithPanel(panel(), Map.of("replyDays", 3), "18000");
        String best = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String second = submitEligible(call, applicant("fr"), "Ocean heat", List.of("oceanography", "climate", "statistics"), 8000);
        ProcessInstance callProcess = closeCall(call);
        scoreAll(best, 5);
        scoreAll(second, 4);
        runDueJobs();
        replies.send(applications.get(best), "Section 4 answers the budget question.");
        moveClockTo(replies.closesAt(call.id()).orElseThrow().plusSeconds(60));
        runDueJobs();
        Task committee = committeeTaskOf(callProcess);

        Screens.laptop(browser);
        Browser.logInToTasklist(browser, port, manager());
        TasklistForm form = TasklistForm.show(browser, port, committee.getId());
        assertThat(sidewaysOverflow("Table_ranking")).isZero();
        assertThat(form.text()).contains("The applicants' replies beside the reviews: reply of the application ranked 1. "
                + "No reply from the applications ranked 2.");
        assertThat(form.link("reply of the application ranked 1")).endsWith("/portal/applications/" + best + "#reply");
        form.screenshot("tasklist-committee-replies");
    }

    private long sidewaysOverflow(String tableId) {
        return (Long) browser.executeScript("const box = [...document.querySelectorAll('.fjs-table-inner-container')][arguments[0]];"
                + "return Math.max(0, box.scrollWidth - box.clientWidth);", tableId.equals("Table_ranking") ? 0 : 1);
    }

    private String tableText(String tableId) {
        int index = tableId.equals("Table_ranking") ? 0 : 1;
        return (String) browser.executeScript("return [...document.querySelectorAll('.fjs-table-inner-container')][arguments[0]].innerText;", index);
    }

    /** Reviewers for graphene and photonics, and for oceans and climate. */
    private List<String> panel() {
        return List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"),
                reviewer("US", "oceanography", "climate"), reviewer("BR", "climate", "statistics"));
    }

    private Task committeeTaskOf(ProcessInstance callProcess) {
        return tasks.createTaskQuery().processInstanceId(callProcess.getId()).taskDefinitionKey("Task_CommitteeRanking").singleResult();
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
