package io.grantflow.migration;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** An activity's name as a manager reads it in the diagram: the expressions in it ("${title}") shown as an ellipsis. */
final class ActivityNames {

    private ActivityNames() {
    }

    static String of(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        if (name == null || name.isBlank()) {
            return activityId;
        }
        return name.replaceAll("[$#]\\{[^}]*}", "…").strip();
    }
}
