package io.grantflow.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The latest instance of a process that a process instance called (eligibility, report-review), running or
 * ended, as a handle camunda-bpm-assert inspects like any instance ({@code assertThat(..).hasPassed(..)}).
 */
public record CalledProcess(String id, String processDefinitionId, String processDefinitionKey, String businessKey,
                            String rootProcessInstanceId, boolean ended) implements ProcessInstance {

    public static ProcessInstance of(ProcessInstance caller, String processDefinitionKey) {
        HistoricProcessInstance called = historyService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).processDefinitionKey(processDefinitionKey)
                .orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new AssertionError(caller.getId() + " has called no " + processDefinitionKey));
        return new CalledProcess(called.getId(), called.getProcessDefinitionId(), called.getProcessDefinitionKey(),
                called.getBusinessKey(), called.getRootProcessInstanceId(), called.getEndTime() != null);
    }

    @Override public String getId() { return id; }
    @Override public String getProcessInstanceId() { return id; }
    @Override public String getProcessDefinitionId() { return processDefinitionId; }
    @Override public String getProcessDefinitionKey() { return processDefinitionKey; }
    @Override public String getBusinessKey() { return businessKey; }
    @Override public String getRootProcessInstanceId() { return rootProcessInstanceId; }
    @Override public String getCaseInstanceId() { return null; }
    @Override public String getTenantId() { return null; }
    @Override public boolean isSuspended() { return false; }
    @Override public boolean isEnded() { return ended; }
}
