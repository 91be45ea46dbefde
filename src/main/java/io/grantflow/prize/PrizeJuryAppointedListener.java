package io.grantflow.prize;

import java.util.List;

import io.grantflow.audit.TaskActor;
import io.grantflow.problem.ConflictException;
import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Appoint the jury": the jurors ticked and the chair chosen in the form become the edition's jury; completing it
 * while the edition still has no jury is refused, and the task stays for the managers.
 */
@Component("prizeJuryAppointedListener")
class PrizeJuryAppointedListener implements TaskListener {

    private final PrizeEditions editions;
    private final TaskActor actor;

    PrizeJuryAppointedListener(PrizeEditions editions, TaskActor actor) {
        this.editions = editions;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        String callId = (String) task.getVariable("callId");
        List<String> jurors = FormValues.strings(task.getVariable("appointedJurors"));
        if (!jurors.isEmpty()) {
            Object chair = task.getVariable("appointedChair");
            editions.configure(callId, PrizeEditions.Settings.jury(jurors, chair == null ? null : chair.toString()), actor.current());
        }
        if (editions.get(callId).jury().isEmpty()) {
            throw new ConflictException("jury", "Set the jury of this edition before completing the task");
        }
    }
}
