package io.grantflow.prize;

import java.util.HashMap;
import java.util.Map;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A juror's scoring task. On creation it gets what the form shows of the candidate, and empty score and comment
 * held by the task's own branch of the multi-instance (not the process), so that the values a juror submits stay
 * there and no other juror reads them.
 * On completion the score goes to the jury's table, for the task's own candidate and its assignee.
 */
@Component("prizeScoreListener")
class PrizeScoreListener implements TaskListener {

    /** The candidate this task scores, held by the task itself: no value submitted with the form changes it. */
    static final String CANDIDATE = "scoredCandidateId";

    private final JuryService jury;
    private final CandidateLookup candidates;

    private final String baseUrl;

    PrizeScoreListener(JuryService jury, CandidateLookup candidates, @Value("${grantflow.base-url}") String baseUrl) {
        this.jury = jury;
        this.candidates = candidates;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String candidateId = (String) task.getVariable("candidateId");
            task.setVariableLocal(CANDIDATE, candidateId);
            Map<String, Object> local = new HashMap<>();
            local.put("candidateName", candidates.label(candidateId));
            local.put("candidateField", candidates.field(candidateId));
            local.put("supporters", candidates.supporters(candidateId));
            local.put("cvLink", baseUrl + "/api/prize/candidates/" + candidateId + "/cv");
            local.put("score", null);
            local.put("comment", null);
            task.getExecution().setVariablesLocal(local);
            return;
        }
        String candidateId = (String) task.getVariableLocal(CANDIDATE);
        if (candidateId == null) { // a task created before tasks were bound to their candidate
            candidateId = (String) task.getVariable("candidateId");
        }
        Object comment = task.getVariable("comment");
        jury.score((String) task.getVariable("callId"), candidateId, task.getAssignee(),
                FormValues.integer("score", task.getVariable("score")), comment == null ? null : comment.toString());
    }
}
