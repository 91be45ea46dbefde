package io.grantflow.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What a running instance waits for, as a move must keep it: its variables, its timers with their due dates, the
 * messages it awaits, its open tasks with their assignees, and those of the processes it has called (which keep their
 * own version); and the process definitions the instance's own waits belong to.
 */
record WaitingState(Map<String, Object> variables, Set<String> timers, Set<String> subscriptions, Set<String> openTasks,
                    Set<String> definitions) {

    static WaitingState of(ProcessEngine engine, String processInstanceId) {
        WaitingState state = new WaitingState(new TreeMap<>(engine.getRuntimeService().getVariables(processInstanceId)),
                new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        state.add(engine, processInstanceId, "", true);
        return state;
    }

    /** The waits of one instance, and of those it called; {@code own}: whether its definitions are the moved instance's. */
    private void add(ProcessEngine engine, String processInstanceId, String prefix, boolean own) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list()) {
            JobDefinition definition = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            timers.add(prefix + definition.getActivityId() + " due " + job.getDuedate().toInstant());
            if (own) {
                definitions.add(job.getProcessDefinitionId());
                definitions.add(definition.getProcessDefinitionId());
            }
        }
        engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(processInstanceId).list()
                .forEach(e -> subscriptions.add(prefix + e.getEventType() + " " + e.getEventName() + " at " + e.getActivityId()));
        engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().forEach(t -> {
            openTasks.add(prefix + t.getTaskDefinitionKey() + " \"" + t.getName() + "\" assigned to " + t.getAssignee());
            if (own) {
                definitions.add(t.getProcessDefinitionId());
            }
        });
        if (own) {
            definitions.add(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                    .getProcessDefinitionId());
        }
        for (ProcessInstance called : engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()) {
            add(engine, called.getId(), prefix + called.getProcessDefinitionId() + ": ", false);
        }
    }

    /** Whether the instance waits for anything a move could lose: a timer, a message or a task, its own or a called process's. */
    boolean waitsForSomething() {
        return !timers.isEmpty() || !subscriptions.isEmpty() || !openTasks.isEmpty();
    }

    /** The same, without the definitions, which a move changes. */
    List<Object> withoutDefinitions() {
        return List.of(variables, timers, subscriptions, openTasks);
    }
}
