package io.grantflow.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * An application's timeline, read from the process history: the diagram's own named steps, then the review
 * tasks of its review round (a separate process whose business key is the application's id). A step still
 * open carries the typical time left, from the history of earlier applications.
 */
@Service
public class TimelineService {

    private static final Set<String> SHOWN = Set.of("startEvent", "serviceTask", "sendTask", "userTask", "receiveTask",
            "intermediateTimer", "intermediateMessageCatch", "callActivity", "noneEndEvent", "messageEndEvent",
            "intermediateNoneThrowEvent");
    static final String REVIEW_PROCESS = "review-round";
    static final String REVIEW_TASK = "Task_Review";
    static final String REVIEW_STEP_NAME = "Review";
    /** An expression in a diagram's name, with the separator before it. */
    private static final Pattern EXPRESSION = Pattern.compile("\\s*:?\\s*\\$\\{[^}]*}");

    private final HistoryService history;
    private final TypicalDurations durations;

    TimelineService(HistoryService history, TypicalDurations durations) {
        this.history = history;
        this.durations = durations;
    }

    /** The applicant's view: no reviewer is named. */
    public List<TimelineStep> of(String processInstanceId) {
        return of(processInstanceId, false);
    }

    /** A manager's view names the reviewer of each review step. */
    public List<TimelineStep> of(String processInstanceId, boolean forManager) {
        if (processInstanceId == null) {
            return List.of();
        }
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            return List.of();
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<TimelineStep> steps = new ArrayList<>();
        for (HistoricActivityInstance a : activities(processInstanceId)) {
            if (a.getActivityName() != null && SHOWN.contains(a.getActivityType())) {
                steps.add(step(process.getProcessDefinitionKey(), a, plain(a.getActivityName()), null, now));
            }
        }
        if (process.getBusinessKey() != null) {
            for (HistoricProcessInstance round : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(REVIEW_PROCESS).processInstanceBusinessKey(process.getBusinessKey()).list()) {
                for (HistoricActivityInstance a : activities(round.getId())) {
                    if (REVIEW_TASK.equals(a.getActivityId())) {
                        steps.add(step(REVIEW_PROCESS, a, REVIEW_STEP_NAME, forManager ? a.getAssignee() : null, now));
                    }
                }
            }
        }
        steps.sort(Comparator.comparing(TimelineStep::startedAt));
        return steps;
    }

    /**
     * The diagram's name without its expressions: history keeps a task's name as written
     * ("Review ineligibility: ${title}"), not as the task was named.
     */
    static String plain(String name) {
        return EXPRESSION.matcher(name).replaceAll("").trim();
    }

    private List<HistoricActivityInstance> activities(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
    }

    private TimelineStep step(String processKey, HistoricActivityInstance a, String name, String reviewer, Instant now) {
        Instant started = a.getStartTime().toInstant();
        Instant ended = a.getEndTime() == null ? null : a.getEndTime().toInstant();
        Duration remaining = ended != null ? null : durations.median(processKey, a.getActivityId())
                .map(median -> median.minus(Duration.between(started, now)))
                .map(left -> left.isNegative() ? Duration.ZERO : left)
                .orElse(null);
        return new TimelineStep(a.getActivityId(), name, started, ended, reviewer, remaining);
    }
}
