package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.TasklistForm;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** A manager appoints in Tasklist the jury of an edition closed without one: ticking jurors and choosing the chair. */
@RequiresChromium
@CoversForms("prize-appoint-jury")
class PrizeAppointJuryBrowserTest extends PrizeScenario {

    @Test
    void aManagerTicksTwoJurorsAndChoosesTheSecondAsChair() throws Exception {
        String first = juror("en");
        String second = juror("fr");
        Call call = edition(List.of(), Map.of());
        candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
        closeNominations(call);
        String manager = manager();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(call.id()).taskDefinitionKey("Task_AppointJury").singleResult();

        ChromeDriver browser = Browser.start();
        try {
            TasklistForm form = TasklistForm.open(browser, port, manager, task.getId());
            assertThat(form.text()).doesNotContain("PUT /api");
            form.tick("Field_jurors", "(" + first + ")").tick("Field_jurors", "(" + second + ")")
                    .select("Field_chair", "(" + second + ")")
                    .complete(tasks, task.getId(), "tasklist-prize-appoint-jury");
        } finally {
            browser.quit();
        }
        assertThat(editions.get(call.id()).jury()).containsExactlyInAnyOrder(first, second);
        assertThat(editions.get(call.id()).chair()).isEqualTo(second);
        assertThat(tasksOf(second, call)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DeclareConflicts");
    }
}
