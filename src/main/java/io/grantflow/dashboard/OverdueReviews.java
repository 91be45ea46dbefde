package io.grantflow.dashboard;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Open review tasks past their due date, from the engine. The review round carries its call's id as a
 * process variable, so the engine counts them per call in one query. The engine's clock is used, so that
 * a moved clock (tests, the benchmark) and the review timers agree.
 */
@Component
class OverdueReviews {

    static final String REVIEW_PROCESS = "review-round";
    /** The reviewer's declaration, then the review: either is late past the review's due date. */
    static final String[] REVIEW_TASKS = {"Task_Declare", "Task_Review"};

    private final TaskService tasks;
    private final Clock clock;

    OverdueReviews(TaskService tasks, Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
    }

    long of(String callId) {
        return tasks.createTaskQuery()
                .processDefinitionKey(REVIEW_PROCESS)
                .taskDefinitionKeyIn(REVIEW_TASKS)
                .processVariableValueEquals("callId", callId)
                .dueBefore(Date.from(clock.instant()))
                .count();
    }
}
