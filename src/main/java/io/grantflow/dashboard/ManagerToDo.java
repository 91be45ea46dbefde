package io.grantflow.dashboard;

import java.util.List;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.identity.Groups;
import io.grantflow.notification.NotificationService;
import io.grantflow.notification.NotificationStatus;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * What waits for a programme manager, on the dashboard he or she lands on: Tasklist tasks (his or her own and the
 * managers' unclaimed ones), applications no reviewer assignment covers, reviews past their date, and messages
 * the mail server refused.
 */
@Component
public class ManagerToDo {

    private final TaskService tasks;
    private final NotificationService notifications;

    ManagerToDo(TaskService tasks, NotificationService notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    public record ToDo(long myTasks, long teamTasks, long blockedApplications, long overdueReviews, long refusedMessages) {

        public boolean nothing() {
            return myTasks + teamTasks + blockedApplications + overdueReviews + refusedMessages == 0;
        }
    }

    ToDo of(String managerId, List<CallDashboard> calls) {
        return new ToDo(
                tasks.createTaskQuery().taskAssignee(managerId).count(),
                tasks.createTaskQuery().taskCandidateGroup(Groups.MANAGERS).taskUnassigned().count(),
                calls.stream().mapToLong(c -> c.byStatus().getOrDefault(ApplicationStatus.ASSIGNMENT_BLOCKED, 0L)).sum(),
                calls.stream().mapToLong(CallDashboard::reviewsOverdue).sum(),
                notifications.count(NotificationStatus.FAILED));
    }
}
