package io.grantflow.prize;

import io.grantflow.problem.ConflictException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete "Appoint the jury" while the edition still has no jury: the task stays for the managers. */
@Component("prizeJuryAppointedListener")
class PrizeJuryAppointedListener implements TaskListener {

    private final PrizeEditions editions;

    PrizeJuryAppointedListener(PrizeEditions editions) {
        this.editions = editions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (editions.get((String) task.getVariable("callId")).jury().isEmpty()) {
            throw new ConflictException("jury", "Set the jury of this edition before completing the task");
        }
    }
}
