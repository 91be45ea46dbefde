package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.Screens;
import io.grantflow.support.BrowserTest;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.TasklistForm;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A programme manager reviews an ineligible application in Tasklist: confirms it (nothing ticked) or overrides it. */
@RequiresChromium
@CoversForms("eligibility-review")
class EligibilityReviewBrowserTest extends BrowserTest {

    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Test
    void aManagerConfirmsOneIneligibilityAndOverridesAnother() {
        Call call = openFirstStepCall();
        String confirmed = submitIneligible(call, "Unit not ours");
        String overridden = submitIneligible(call, "Unit registered late");
        String manager = manager();
        Browser.logInToTasklist(browser, port, manager);

        // Nothing ticked: the ineligibility is confirmed, with the reason.
        TasklistForm form = TasklistForm.show(browser, port, reviewTask(confirmed).getId());
        assertThat(form.value("Field_title")).isEqualTo("Unit not ours");
        assertThat(form.value("Field_ineligibilityExplained")).isEqualTo("The unit \"NOTOURS1\" is not one of the funder's research units.");
        assertThat(form.text()).doesNotContain("UNIT_NOT_FUNDER");
        // the application and its PDF open in new tabs, with the manager's Tasklist login
        assertThat(form.link("Open the application")).isEqualTo("../../../../portal/applications/" + confirmed);
        assertThat(form.link("Open its proposal")).isEqualTo("../../../../portal/reviews/" + confirmed + "/proposal");
        assertThat(browser.findElements(By.cssSelector("div[cam-tasklist-form-camunda] a[target='_blank']")))
                .filteredOn(a -> a.getText().startsWith("Open")).hasSize(2);
        assertThat(Browser.fetch(browser, url("/portal/applications/" + confirmed))).isEqualTo("200 text/html");
        assertThat(Browser.fetch(browser, url("/portal/reviews/" + confirmed + "/proposal"))).isEqualTo("200 application/pdf");
        Screens.shoot(browser, "eligibility-review", "[id$='Field_title']");
        Screens.laptop(browser);
        assertThat(form.isTicked("Field_override")).isFalse();
        form.type("Field_decisionReason", "The unit is not ours; confirmed with the unit registry.");
        form.screenshot("tasklist-eligibility-confirm");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reviewTask(confirmed) == null);
        EligibilityRecord kept = eligibility.recordOf(confirmed).orElseThrow();
        assertThat(kept.overridden()).isFalse();
        assertThat(kept.decidedBy()).isEqualTo(manager);
        assertThat(kept.decisionReason()).isEqualTo("The unit is not ours; confirmed with the unit registry.");
        assertThat(applications.get(confirmed).status()).isEqualTo(ApplicationStatus.INELIGIBLE);

        // Ticked: the application is reinstated with the reason.
        form = TasklistForm.show(browser, port, reviewTask(overridden).getId());
        assertThat(form.value("Field_title")).isEqualTo("Unit registered late");
        form.tick("Field_override").type("Field_decisionReason", "The unit was registered on 3 March; it is ours.");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reviewTask(overridden) == null);
        EligibilityRecord reinstated = eligibility.recordOf(overridden).orElseThrow();
        assertThat(reinstated.overridden()).isTrue();
        assertThat(reinstated.decisionReason()).isEqualTo("The unit was registered on 3 March; it is ours.");
        assertThat(applications.get(overridden).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void aFrenchManagerClaimsTheReviewAndReadsItInFrenchWithTheReasonsInFrench() {
        Call call = openFirstStepCall();
        String application = submitIneligible(call, "Unité inconnue");
        String french = user("manager", "fr", Groups.MANAGERS);
        Browser.logInToTasklist(browser, port, french);

        // claiming the managers' task words its form again in the claimer's language
        TasklistForm form = TasklistForm.show(browser, port, reviewTask(application).getId());
        assertThat(form.text()).contains("Examiner l'inéligibilité", "Candidature", "Conditions non remplies",
                "Ouvrir la candidature", "Ouvrir sa proposition (PDF)", "Passer outre", "Motif de votre décision")
                .doesNotContain("Open the application", "Review ineligibility", "Reason for your decision");
        assertThat(form.value("Field_ineligibilityExplained")).contains("NOTOURS1").doesNotContain("is not one of");
        assertThat(form.link("Ouvrir la candidature")).isEqualTo("../../../../portal/applications/" + application);
        Screens.shoot(browser, "eligibility-review-fr", "[id$='Field_title']");
        form.type("Field_decisionReason", "Unité absente du registre.");
        form.complete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reviewTask(application) == null);
        assertThat(eligibility.recordOf(application).orElseThrow().decisionReason()).isEqualTo("Unité absente du registre.");
    }

    private String submitIneligible(Call call, String title) {
        Map<String, Object> application = eligibleApplication();
        application.put("title", title);
        application.put("unitCode", "NOTOURS1");
        return (String) submit(call.id(), applicant("en"), application, pdf(), null).getBody().get("id");
    }

    private Task reviewTask(String applicationId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey("Task_ReviewIneligibility").singleResult();
    }
}
