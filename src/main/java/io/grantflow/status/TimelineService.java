package io.grantflow.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.application.ApplicationTimeline;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * An application's timeline, read from the process history: the diagram's own named steps, with, in place of
 * each call activity, the steps of the process it called (eligibility, report review: their tasks and waits,
 * not their start and end events), then the review tasks of its review round (a separate process whose business
 * key is the application's id). A step still open carries the typical time left, from the history of earlier
 * applications.
 */
@Service
public class TimelineService implements ApplicationTimeline {

    private static final Set<String> CALLED_SHOWN = Set.of("serviceTask", "sendTask", "userTask", "receiveTask",
            "intermediateTimer", "intermediateMessageCatch", "intermediateNoneThrowEvent");
    private static final Set<String> SHOWN = union(CALLED_SHOWN, Set.of("startEvent", "noneEndEvent", "messageEndEvent"));
    private static final String CALL_ACTIVITY = "callActivity";
    /** Variables a diagram's name may show on a timeline: made by the product, short ("annual report 2"). */
    private static final Set<String> SHOWN_VALUES = Set.of("reportName");
    static final String REVIEW_PROCESS = "review-round";
    /** One reviewer's part of a round, from the invitation through the declaration to the submitted review. */
    static final String REVIEW_STEP = "SubProcess_Reviewing";
    static final String DECLARATION_TASK = "Task_Declare";
    static final String REVIEW_STEP_NAME = "Review";
    /** An expression in a diagram's name, with the separator before it. */
    private static final Pattern EXPRESSION = Pattern.compile("(\\s*:?\\s*)\\$\\{([^}]*)}");

    private final HistoryService history;
    private final TypicalDurations durations;
    private final Clock clock;

    TimelineService(HistoryService history, TypicalDurations durations, Clock clock) {
        this.clock = clock;
        this.history = history;
        this.durations = durations;
    }

    /** The applicant's view: no reviewer is named. */
    public List<TimelineStep> of(String processInstanceId) {
        return of(processInstanceId, false);
    }

    /** A manager's view names the reviewer of each review step. */
    @Override
    public List<TimelineStep> of(String processInstanceId, boolean forManager) {
        if (processInstanceId == null) {
            return List.of();
        }
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<TimelineStep> steps = new ArrayList<>();
        addSteps(process, SHOWN, steps, now);
        if (process.getBusinessKey() != null) {
            for (HistoricProcessInstance round : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(REVIEW_PROCESS).processInstanceBusinessKey(process.getBusinessKey()).list()) {
                List<HistoricActivityInstance> activities = activities(round.getId());
                for (HistoricActivityInstance a : activities) {
                    if (REVIEW_STEP.equals(a.getActivityId())) {
                        steps.add(step(REVIEW_PROCESS, a, REVIEW_STEP_NAME, forManager ? reviewerOf(a, activities) : null, now));
                    }
                }
            }
        }
        steps.sort(Comparator.comparing(TimelineStep::startedAt)); // stable: a called process's steps stay in place
        return steps;
    }

    /** The steps of one process instance in the order they ran, a call activity giving way to the called steps. */
    private void addSteps(HistoricProcessInstance process, Set<String> shown, List<TimelineStep> steps, Instant now) {
        Function<String, Object> values = name -> value(process.getId(), name);
        for (HistoricActivityInstance a : activities(process.getId())) {
            if (CALL_ACTIVITY.equals(a.getActivityType()) && a.getCalledProcessInstanceId() != null) {
                HistoricProcessInstance called = history.createHistoricProcessInstanceQuery()
                        .processInstanceId(a.getCalledProcessInstanceId()).singleResult();
                if (called != null) {
                    addSteps(called, CALLED_SHOWN, steps, now);
                }
            } else if (a.getActivityName() != null && shown.contains(a.getActivityType())) {
                steps.add(step(process.getProcessDefinitionKey(), a, plain(a.getActivityName(), values), null, now));
            }
        }
    }

    /** The reviewer of one reviewing sub-process: the assignee of the declaration inside it. */
    private static String reviewerOf(HistoricActivityInstance reviewing, List<HistoricActivityInstance> activities) {
        return activities.stream()
                .filter(a -> DECLARATION_TASK.equals(a.getActivityId()) && reviewing.getId().equals(a.getParentActivityInstanceId()))
                .map(HistoricActivityInstance::getAssignee)
                .findFirst().orElse(null);
    }

    private Object value(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /**
     * The diagram's name without its expressions: history keeps a task's name as written
     * ("Review ineligibility: ${title}"), not as the task was named.
     */
    static String plain(String name) {
        return plain(name, variable -> null);
    }

    /** As {@link #plain(String)}, but a variable of {@link #SHOWN_VALUES} shows its value ("Approve final report"). */
    static String plain(String name, Function<String, Object> values) {
        Matcher expression = EXPRESSION.matcher(name);
        StringBuilder plain = new StringBuilder();
        while (expression.find()) {
            Object value = SHOWN_VALUES.contains(expression.group(2)) ? values.apply(expression.group(2)) : null;
            expression.appendReplacement(plain, value == null ? "" : Matcher.quoteReplacement(expression.group(1) + value));
        }
        return expression.appendTail(plain).toString().trim();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
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
        Duration remaining = ended != null ? null : durations.remaining(processKey, a.getActivityId(), started, now).orElse(null);
        return new TimelineStep(a.getActivityId(), name, started, ended, reviewer, remaining);
    }
}
