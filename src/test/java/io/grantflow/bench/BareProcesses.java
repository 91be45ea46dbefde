package io.grantflow.bench;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The First Step application's path to "Call closed" with nothing behind it: a task that sets the same
 * two variables as the eligibility check, the gateway, a task for the receipt, the join and the message
 * catch. The second variant's receipt task starts a one-step delivery process with an async no-op task,
 * as the real receipt starts a notification-delivery instance.
 */
final class BareProcesses {

    static final String BARE = "bench-bare-application";
    static final String BARE_WITH_DELIVERY = "bench-bare-application-with-delivery";
    static final String BARE_DELIVERY = "bench-bare-delivery";

    private BareProcesses() {
    }

    static void deploy(RepositoryService repository) {
        repository.createDeployment().name("engine-overhead-benchmark")
                .addModelInstance(BARE + ".bpmn", application(BARE, NoOp.class))
                .addModelInstance(BARE_WITH_DELIVERY + ".bpmn", application(BARE_WITH_DELIVERY, StartDelivery.class))
                .addModelInstance(BARE_DELIVERY + ".bpmn", delivery())
                .deploy();
    }

    static void start(RuntimeService runtime, String key, String businessKey) {
        runtime.startProcessInstanceByKey(key, businessKey, Map.of("applicationId", businessKey, "callId", "bench",
                "applicantId", "bench", "title", "Graphene photonics for quantum links"));
    }

    private static BpmnModelInstance application(String key, Class<? extends JavaDelegate> receipt) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("Start_Submitted")
                .serviceTask("Task_CheckEligibility").camundaClass(SetEligible.class)
                .exclusiveGateway("Gateway_Eligible")
                .condition("eligible", "${eligible}")
                .serviceTask("Task_AcknowledgeReceipt").camundaClass(receipt)
                .exclusiveGateway("Gateway_JoinEligible")
                .intermediateCatchEvent("Catch_CallClosed").message("BenchCallClosed")
                .endEvent("End_Closed")
                .moveToNode("Gateway_Eligible")
                .condition("ineligible", "${!eligible}")
                .endEvent("End_Ineligible")
                .done();
    }

    private static BpmnModelInstance delivery() {
        return Bpmn.createExecutableProcess(BARE_DELIVERY).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Deliver").camundaAsyncBefore().camundaClass(NoOp.class)
                .endEvent()
                .done();
    }

    public static class SetEligible implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("eligible", true);
            execution.setVariable("ineligibilityReasons", "");
        }
    }

    public static class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    public static class StartDelivery implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(BARE_DELIVERY,
                    Map.of("notificationId", execution.getBusinessKey(), "template", "receipt"));
        }
    }
}
