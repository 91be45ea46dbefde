package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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

/** A manager answers both uncertain matches of an edition in Tasklist: one the same person, the other not. */
@RequiresChromium
@CoversForms("prize-match")
class PrizeMatchBrowserTest extends PrizeScenario {

    @Test
    void aManagerMergesOneNomineeAndKeepsTheOtherApart() throws Exception {
        Call call = edition(List.of(juror("en")), Map.of());
        String first = nominator("en");
        String samePerson = nominator("en");
        String namesake = nominator("en");
        String ada = candidateNominated(call.id(), first, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"));
        String moved = candidateNominated(call.id(), samePerson, nominee("Ada Yamamoto", "Osaka University", "JP", "ada@osaka.example"));
        String other = candidateNominated(call.id(), namesake, nominee("Ada Yamamoto", "Lund University", "SE", "ada@lund.example"));
        Task mergeTask = tasks.createTaskQuery().processInstanceBusinessKey(moved).singleResult();
        Task apartTask = tasks.createTaskQuery().processInstanceBusinessKey(other).singleResult();
        String manager = manager();

        ChromeDriver browser = Browser.start();
        try {
            TasklistForm form = TasklistForm.open(browser, port, manager, mergeTask.getId());
            assertThat(form.value("Field_candidateName")).isEqualTo("Ada Yamamoto (Osaka University, JP)");
            assertThat(form.value("Field_possibleDuplicateName")).isEqualTo("Ada Yamamoto (Kyoto University, JP)");
            form.choose("Field_match", "The same person").complete(tasks, mergeTask.getId(), "tasklist-prize-match-same");
            TasklistForm.show(browser, port, apartTask.getId())
                    .choose("Field_match", "Two different people").complete(tasks, apartTask.getId(), "tasklist-prize-match-different");
        } finally {
            browser.quit();
        }
        assertThat(candidates.nominatorsOf(ada)).containsExactlyInAnyOrder(first, samePerson);
        assertThat(candidateProcess(moved)).isNull();
        assertThat(candidates.standing(call.id())).extracting(Candidate::id).containsExactlyInAnyOrder(ada, other);
        assertThat(candidates.nominatorsOf(other)).containsExactly(namesake);
        assertThat(candidateProcess(other)).isWaitingAt("Task_AwaitOutcome");
    }
}
