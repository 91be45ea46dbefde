package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** A juror's score counts for the candidate of the task and for the juror it was given to, whatever is sent. */
class JurorTaskOwnershipTest extends PrizeScenario {

    @Test
    void aJurorWhoNamesAnotherCandidateIsRefusedAndCannotHandTheTaskOn() {
        TwoCandidates setup = twoCandidatesOneConflict();
        Call call = setup.call();
        String juror = setup.chair();
        String conflicted = setup.conflicted();
        String a = setup.first();
        String b = setup.second();
        Task scoreB = tasksOf(conflicted, call).get(0);
        EngineRest rest = EngineRest.as(http, conflicted);

        for (String forged : List.of("\"candidateId\":{\"value\":\"" + a + "\"}", "\"scoredCandidateId\":{\"value\":\"" + a + "\"}",
                "\"callId\":{\"value\":\"another\"}", "\"juror\":{\"value\":\"" + juror + "\"}")) {
            ResponseEntity<String> refused = rest.post("/task/" + scoreB.getId() + "/complete",
                    "{\"variables\":{\"score\":{\"value\":9},\"comment\":{\"value\":\"x\"}," + forged + "}}");
            assertThat(refused.getStatusCode().value()).as(forged + ": " + refused.getBody()).isEqualTo(400);
        }
        assertThat(rest.post("/task/" + scoreB.getId() + "/assignee", "{\"userId\":\"" + juror + "\"}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(marks(a)).as("nothing recorded for the conflicted candidate").isZero();

        ResponseEntity<String> honest = rest.post("/task/" + scoreB.getId() + "/complete",
                "{\"variables\":{\"score\":{\"value\":7},\"comment\":{\"value\":\"A bridge builder.\"}}}");
        assertThat(honest.getStatusCode().value()).as(honest.getBody()).isEqualTo(204);
        assertThat(marks(b)).isEqualTo(1);
        assertThat(marks(a)).isZero();
    }

    @Test
    void onlyTheChairRecordsTheLaureateNotAManagerNorAnAdministrator() {
        String chair = juror("en");
        Call call = edition(List.of(chair), Map.of());
        String a = candidateNominated(call.id(), nominator("en"), nominee("Ana Silva", "USP", "BR", "ana@usp.example"));
        closeNominations(call);
        declareConflicts(chair, call);
        score(chair, call, Map.of(a, 8));
        Task choice = chairTask(call);
        String body = "{\"variables\":{\"laureateCandidateId\":{\"value\":\"" + a + "\"},"
                + "\"laureateReasons\":{\"value\":\"A lifetime of bridges.\"}}}";

        for (EngineRest other : List.of(EngineRest.as(http, manager()), new EngineRest(http, "admin", "admin-test-password"))) {
            ResponseEntity<String> refused = other.post("/task/" + choice.getId() + "/complete", body);
            assertThat(refused.getStatusCode().value()).as(other.userId() + ": " + refused.getBody()).isIn(403, 409);
        }
        assertThat(tasks.createTaskQuery().taskId(choice.getId()).count()).as("the choice is still the chair's to make").isEqualTo(1);
        ResponseEntity<String> chosen = EngineRest.as(http, chair).post("/task/" + choice.getId() + "/complete", body);
        assertThat(chosen.getStatusCode().value()).as(chosen.getBody()).isEqualTo(204);
    }

    private int marks(String candidateId) {
        return jdbc.sql("SELECT COUNT(*) FROM prize_jury_mark WHERE candidate_id = ? AND score IS NOT NULL")
                .param(candidateId).query(Integer.class).single();
    }
}
