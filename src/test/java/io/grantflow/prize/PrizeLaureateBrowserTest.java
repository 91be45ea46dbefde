package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.grantflow.support.TasklistForm;
import io.grantflow.support.CoversForms;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair, told by mail, finds the laureate choice in "My reviews", reads the jurors' comments and records the choice. */
@RequiresChromium
@CoversForms("prize-laureate")
class PrizeLaureateBrowserTest extends PrizeScenario {

    @Autowired PrizeEditionRepository editionRecords;

    @Test
    void theChairReadsTheJurorsCommentsAndChoosesTheSecondRankedCandidate() throws Exception {
        TwoCandidates e = twoCandidatesOneConflict();
        scoreWithComment(e.chair(), e, Map.of(e.first(), 9, e.second(), 6), "Bridges across three continents.");
        scoreWithComment(e.conflicted(), e, Map.of(e.second(), 8), "A generous mentor of students abroad.");
        runJobsUntilDone(10);
        assertThat(mailsTo(e.chair())).extracting(PrizeScenario::text)
                .anySatisfy(m -> assertThat(m).contains("Choose the laureate").contains("/camunda/app/tasklist/"));
        Task task = chairTask(e.call());

        ChromeDriver browser = Browser.start();
        try {
            Browser.logInToTasklist(browser, port, e.chair());
            Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/?task=" + task.getId() + "']")));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("My reviews 1"); // the filter Tasklist opens on
            TasklistForm form = TasklistForm.show(browser, port, task.getId());
            String comments = form.value("Field_juryComments");
            assertThat(comments).contains("Ana Silva").contains("Bridges across three continents.")
                    .contains("Ben Okafor").contains("A generous mentor of students abroad.");
            assertThat(form.disabled("Field_juryComments")).isTrue();
            form.select("Field_laureate", "2. Ben Okafor").type("Field_reasons", "Forty years of shared laboratories.");
            form.complete(tasks, task.getId(), "tasklist-prize-laureate");
        } finally {
            browser.quit();
        }
        assertThat(editionRecords.laureateId(e.call().id())).contains(e.second());
        assertThat(editionRecords.laureateReasons(e.call().id())).contains("Forty years of shared laboratories.");
    }

    private void scoreWithComment(String juror, TwoCandidates e, Map<String, Integer> scores, String comment) {
        for (Task t : tasksOf(juror, e.call())) {
            String candidateId = (String) tasks.getVariable(t.getId(), "candidateId");
            asUser(juror, () -> tasks.complete(t.getId(), Map.of("score", (long) scores.get(candidateId), "comment", comment)));
        }
    }
}
