package io.grantflow.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.grantflow.application.ApplicationService;
import io.grantflow.audit.ManagerChange;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's reviews as its managers follow them once reviewers are invited, and the two things a manager does about
 * an open review: remind the reviewer now, or replace him or her. A replacement goes through the review round
 * (message {@value #REPLACED_BY_MANAGER} in review-round.bpmn), which withdraws the task and asks the next best free
 * reviewer as after a decline, or waits for the panel to change when nobody is free.
 */
@Service
public class ReviewFollowUp {

    static final String REPLACED_BY_MANAGER = "review-replaced-by-manager";
    /** A second reminder of one invitation within this time is not sent: a double click mails once. */
    static final Duration REMIND_AGAIN_AFTER = Duration.ofHours(1);

    /** One invitation as the page shows it; the due date and the last manual reminder only while it is open. */
    public record Line(String assignmentId, String reviewerId, String reviewerName, AssignmentStatus status,
                       boolean accepted, Instant invitedAt, Instant dueAt, Instant remindedAt) {

        /** What the page says of it: an invitation the reviewer has accepted, after declaring no conflict, is ACCEPTED. */
        public String state() {
            return status == AssignmentStatus.INVITED && accepted ? "ACCEPTED" : status.name();
        }

        /** Remind and Replace are offered only for a review still awaited. */
        public boolean open() {
            return status == AssignmentStatus.INVITED && dueAt != null;
        }
    }

    public record ApplicationReviews(String applicationId, String title, List<Line> lines) {
    }

    public enum Outcome { REMINDED, ALREADY_REMINDED, REPLACED, NOBODY_FREE, NOT_OPEN }

    /** What a manager's action did, with the reviewer concerned and, after a replacement, the one now asked. */
    public record Result(Outcome outcome, String reviewerName, String nextReviewerName) {
    }

    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final ReviewMails mails;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewFollowUp(ReviewRepository reviews, ApplicationService applications, CallService calls, UserDirectory users,
                   ReviewMails mails, TaskService tasks, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.mails = mails;
        this.tasks = tasks;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /** Every application of the call with reviewers invited, each invitation in the order it was made. */
    public List<ApplicationReviews> ofCall(String callId) {
        calls.get(callId);
        Map<String, Task> open = openTasks(callId);
        Map<String, Instant> reminded = reviews.remindedAt(callId);
        Set<String> accepted = reviews.acceptedOf(callId);
        Map<String, String> names = new HashMap<>();
        Map<String, List<Line>> byApplication = new LinkedHashMap<>();
        for (ReviewAssignment a : reviews.ofCall(callId)) {
            Task task = a.status() == AssignmentStatus.INVITED ? open.get(a.id()) : null;
            byApplication.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(new Line(a.id(), a.reviewerId(),
                    names.computeIfAbsent(a.reviewerId(), this::nameOf), a.status(), accepted.contains(a.id()), a.assignedAt(),
                    task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task == null ? null : reminded.get(a.id())));
        }
        List<ApplicationReviews> all = new ArrayList<>();
        byApplication.forEach((id, lines) -> all.add(new ApplicationReviews(id, applications.get(id).title(), lines)));
        all.sort((x, y) -> x.title().compareToIgnoreCase(y.title()));
        return all;
    }

    /** Mails the reminder now, as the round does before the deadline; at most once an hour per invitation. */
    @Transactional
    public Result remind(String callId, String assignmentId, String managerId) {
        ReviewAssignment a = ofTheCall(callId, assignmentId);
        String name = nameOf(a.reviewerId());
        Optional<Task> task = openTask(callId, a.id());
        if (task.isEmpty() || task.get().getDueDate() == null) {
            return new Result(Outcome.NOT_OPEN, name, null);
        }
        Instant now = clock.instant();
        if (!reviews.markReminded(a.id(), now, now.minus(REMIND_AGAIN_AFTER))) {
            return new Result(reviews.lockIfOpen(a.id()) ? Outcome.ALREADY_REMINDED : Outcome.NOT_OPEN, name, null);
        }
        mails.toReviewer("review-reminder", a.reviewerId(), a.applicationId(), task.get().getDueDate().toInstant());
        events.publishEvent(new ManagerChange(callId, managerId, "remind", "", pair(name, a), now));
        return new Result(Outcome.REMINDED, name, null);
    }

    /** Ends the open invitation and lets the review round ask the next best free reviewer in its place. */
    @Transactional
    public Result replace(String callId, String assignmentId, String managerId) {
        ReviewAssignment a = ofTheCall(callId, assignmentId);
        String name = nameOf(a.reviewerId());
        Optional<Task> task = reviews.lockIfOpen(a.id()) ? openTask(callId, a.id()) : Optional.empty();
        if (task.isEmpty()) {
            return new Result(Outcome.NOT_OPEN, name, null);
        }
        runtime.messageEventReceived(REPLACED_BY_MANAGER, waitingExecution(task.get(), a.id()), Map.of("outcome", "replaced"));
        Optional<ReviewAssignment> next = reviews.ofApplication(a.applicationId()).stream()
                .filter(x -> a.id().equals(x.replaces())).findFirst();
        String nextName = next.map(x -> nameOf(x.reviewerId())).orElse(null);
        events.publishEvent(new ManagerChange(callId, managerId, "replace", pair(name, a),
                next.map(x -> pair(nextName, x)).orElse(""), clock.instant()));
        return new Result(next.isPresent() ? Outcome.REPLACED : Outcome.NOBODY_FREE, name, nextName);
    }

    /**
     * Where the replacement message is awaited: the reviewer's "declaration, then review" scope, which holds its
     * invitation; in a round begun before the declaration step, the review task itself.
     */
    private String waitingExecution(Task task, String assignmentId) {
        return runtime.createExecutionQuery().processInstanceId(task.getProcessInstanceId())
                .messageEventSubscriptionName(REPLACED_BY_MANAGER).variableValueEquals("invitationId", assignmentId)
                .list().stream().findFirst().map(Execution::getId).orElse(task.getExecutionId());
    }

    /** The invitation, if it belongs to that call: another call's invitation is not found through this one. */
    private ReviewAssignment ofTheCall(String callId, String assignmentId) {
        return reviews.find(assignmentId).filter(a -> a.callId().equals(callId))
                .orElseThrow(() -> new NotFoundException("No invitation " + assignmentId + " in call " + callId));
    }

    private Map<String, Task> openTasks(String callId) {
        Map<String, Task> open = new HashMap<>();
        for (Task task : reviewTasks(callId)) {
            Object invitation = tasks.getVariableLocal(task.getId(), ReviewTaskListener.INVITATION);
            if (invitation != null) {
                open.put(invitation.toString(), task);
            }
        }
        return open;
    }

    private Optional<Task> openTask(String callId, String assignmentId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey("review-round")
                .processVariableValueEquals("callId", callId)
                .taskVariableValueEquals(ReviewTaskListener.INVITATION, assignmentId).singleResult());
    }

    private List<Task> reviewTasks(String callId) {
        return tasks.createTaskQuery().processDefinitionKey("review-round").processVariableValueEquals("callId", callId).list();
    }

    /** The reviewer by name and id (two reviewers may share a name) and the application, as the audit trail keeps them. */
    private String pair(String reviewerName, ReviewAssignment a) {
        return reviewerName + " (" + a.reviewerId() + ") · " + applications.get(a.applicationId()).title();
    }

    private String nameOf(String userId) {
        return users.exists(userId) ? users.contact(userId).name() : userId;
    }
}
