package io.grantflow.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What a running instance waits for, as a move must keep it: its variables, its timers with their due dates, the
 * messages it awaits, its open tasks with their assignees; and the process definitions each of these belongs to.
 */
record WaitingState(Map<String, Object> variables, Set<String> timers, Set<String> subscriptions, Set<String> openTasks,
                    Set<String> definitions) {

    static WaitingState of(ProcessEngine engine, String processInstanceId) {
        Set<String> definitions = new TreeSet<>();
        Set<String> timers = new TreeSet<>();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list()) {
            JobDefinition definition = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            timers.add(definition.getActivityId() + " due " + job.getDuedate().toInstant());
            definitions.add(job.getProcessDefinitionId());
            definitions.add(definition.getProcessDefinitionId());
        }
        Set<String> subscriptions = new TreeSet<>();
        engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(processInstanceId).list()
                .forEach(e -> subscriptions.add(e.getEventType() + " " + e.getEventName() + " at " + e.getActivityId()));
        Set<String> openTasks = new TreeSet<>();
        engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().forEach(t -> {
            openTasks.add(t.getTaskDefinitionKey() + " \"" + t.getName() + "\" assigned to " + t.getAssignee());
            definitions.add(t.getProcessDefinitionId());
        });
        definitions.add(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId());
        return new WaitingState(new TreeMap<>(engine.getRuntimeService().getVariables(processInstanceId)), timers, subscriptions,
                openTasks, definitions);
    }

    /** Whether the instance waits for anything a move could lose: a timer, a message or a task. */
    boolean waitsForSomething() {
        return !timers.isEmpty() || !subscriptions.isEmpty() || !openTasks.isEmpty();
    }

    /** The same, without the definitions, which a move changes. */
    List<Object> withoutDefinitions() {
        return List.of(variables, timers, subscriptions, openTasks);
    }
}
