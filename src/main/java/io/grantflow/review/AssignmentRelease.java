package io.grantflow.review;

import java.time.Clock;

import io.grantflow.audit.ManagerChange;
import io.grantflow.problem.ConflictException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call whose setting "releaseAssignmentByHand" is on waits after its closing at grant-call.bpmn's
 * {@value #TASK} until a manager releases the proposed assignment; the assignment then runs with the pins and
 * removed pairs the manager left, and invites.
 */
@Service
public class AssignmentRelease {

    static final String TASK = "Task_ReleaseAssignment";

    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentRelease(TaskService tasks, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public boolean waitsForRelease(String callId) {
        return waiting(callId) != null;
    }

    /** Refused (409) when the call is not waiting for a release: before its closing, or released already. */
    @Transactional
    public void release(String callId, String managerId) {
        Task task = waiting(callId);
        if (task == null) {
            throw new ConflictException("assignment", "is not waiting for a release: the call has not closed, or it was released");
        }
        tasks.complete(task.getId());
        events.publishEvent(new ManagerChange(callId, managerId, "release", "", "released", clock.instant()));
    }

    private Task waiting(String callId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(callId).taskDefinitionKey(TASK).singleResult();
    }
}
