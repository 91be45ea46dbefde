package io.grantflow.prize;

import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The manager's radio answer ("same" or "different") as the boolean the gateway reads. */
@Component("prizeMatchAnswerListener")
class PrizeMatchAnswerListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariable("matchAnswer");
        if (!"same".equals(answer) && !"different".equals(answer)) {
            throw new InvalidInputException("matchAnswer", "answer same or different");
        }
        task.getExecution().setVariable("samePerson", "same".equals(answer));
    }
}
