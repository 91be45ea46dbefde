package io.grantflow.prize;

import java.util.List;

import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The chair's choice and its reasons; a candidate already asked, or no reasons, refuses the completion. */
@Component("prizeLaureateChoiceListener")
class PrizeLaureateChoiceListener implements TaskListener {

    private final JuryService jury;
    private final LaureateOptions options;
    private final PrizeEditionRepository editions;

    PrizeLaureateChoiceListener(JuryService jury, LaureateOptions options, PrizeEditionRepository editions) {
        this.jury = jury;
        this.options = options;
        this.editions = editions;
    }

    @Override
    public void notify(DelegateTask task) {
        String callId = (String) task.getVariable("callId");
        Object chosen = task.getVariable("laureateCandidateId");
        Object reasons = task.getVariable("laureateReasons");
        List<String> allowed = jury.ranking(callId).stream().map(RankedCandidate::candidateId).filter(options::notAsked).toList();
        if (chosen == null || !allowed.contains(chosen.toString())) {
            throw new InvalidInputException("laureateCandidateId", "choose a ranked candidate who has not been asked yet");
        }
        if (reasons == null || reasons.toString().isBlank()) {
            throw new InvalidInputException("laureateReasons", "the jury's reasons are required");
        }
        editions.recordLaureate(callId, chosen.toString(), reasons.toString().trim());
        task.getExecution().setVariable("offerCandidateId", chosen.toString());
    }
}
