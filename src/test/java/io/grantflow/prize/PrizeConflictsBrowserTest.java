package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.call.Call;
import io.grantflow.support.TasklistForm;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Jurors declare their conflicts in Tasklist, one ticking nothing, the other ticking a candidate. */
@RequiresChromium
@CoversForms("prize-conflicts")
class PrizeConflictsBrowserTest extends PrizeScenario {

    @Test
    void aJurorWhoTicksNothingScoresEveryoneAndOneWhoTicksACandidateDoesNotScoreIt() throws Exception {
        TwoCandidates edition = twoCandidatesAtConflicts();
        Call call = edition.call();

        declareInTasklist(edition.chair(), call, null);
        declareInTasklist(edition.conflicted(), call, "Ana Silva");

        assertThat(jury.conflictedJurors(edition.first())).containsExactly(edition.conflicted());
        assertThat(jury.conflictedJurors(edition.second())).isEmpty();
        assertThat(tasksOf(edition.chair(), call)).extracting(t -> tasks.getVariable(t.getId(), "candidateId"))
                .containsExactlyInAnyOrder(edition.first(), edition.second());
        assertThat(tasksOf(edition.conflicted(), call)).extracting(t -> tasks.getVariable(t.getId(), "candidateId"))
                .containsExactly(edition.second());
    }

    private void declareInTasklist(String juror, Call call, String tick) throws Exception {
        Task task = tasksOf(juror, call).get(0);
        ChromeDriver browser = Browser.start();
        try {
            TasklistForm form = TasklistForm.open(browser, port, juror, task.getId());
            assertThat(form.value("Field_callTitle")).isEqualTo(call.title());
            if (tick != null) {
                form.tick("Field_conflicts", tick);
            }
            form.complete(tasks, task.getId(), "tasklist-prize-conflicts-" + (tick == null ? "none" : "one"));
        } finally {
            browser.quit();
        }
    }
}
