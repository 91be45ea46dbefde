package io.grantflow.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.identity.Groups;
import io.grantflow.notification.NotificationService;
import io.grantflow.notification.NotificationStatus;
import io.grantflow.privacy.ErasureRequests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * What waits for a programme manager, on the dashboard he or she lands on: Tasklist tasks (his or her own and the
 * managers' unclaimed ones), applications no reviewer assignment covers, reviews and reports past their date, messages
 * the mail server refused, and requests to erase a person's data.
 */
@Component
public class ManagerToDo {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final ErasureRequests erasures;
    private final Clock clock;

    ManagerToDo(TaskService tasks, RuntimeService runtime, NotificationService notifications, ErasureRequests erasures,
                Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notifications = notifications;
        this.erasures = erasures;
        this.clock = clock;
    }

    public record ToDo(long myTasks, long teamTasks, long blockedApplications, long overdueReviews, long overdueReports,
                       long refusedMessages, long erasureRequests) {

        public boolean nothing() {
            return myTasks + teamTasks + blockedApplications + overdueReviews + overdueReports + refusedMessages
                    + erasureRequests == 0;
        }
    }

    /** Reports (final, annual) still awaited in report-review.bpmn after their due date. */
    long overdueReports() {
        String[] waiting = runtime.createExecutionQuery().processDefinitionKey("report-review").activityId("Receive_Report").list()
                .stream().map(Execution::getProcessInstanceId).distinct().toArray(String[]::new);
        if (waiting.length == 0) {
            return 0;
        }
        Instant now = clock.instant();
        return runtime.createVariableInstanceQuery().variableName("reportDueAt").processInstanceIdIn(waiting).list().stream()
                .filter(due -> due.getValue() != null && Instant.parse(due.getValue().toString()).isBefore(now))
                .count();
    }

    ToDo of(String managerId, List<CallDashboard> calls) {
        return new ToDo(
                tasks.createTaskQuery().taskAssignee(managerId).count(),
                tasks.createTaskQuery().taskCandidateGroup(Groups.MANAGERS).taskUnassigned().count(),
                calls.stream().mapToLong(c -> c.byStatus().getOrDefault(ApplicationStatus.ASSIGNMENT_BLOCKED, 0L)).sum(),
                calls.stream().mapToLong(CallDashboard::reviewsOverdue).sum(),
                overdueReports(),
                notifications.count(NotificationStatus.FAILED),
                erasures.pendingCount());
    }
}
