package io.grantflow.migration;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** An activity's name as a manager reads it in the diagram: the expressions in it ("${title}") shown as an ellipsis. */
final class ActivityNames {

    private ActivityNames() {
    }

    /** The activity as the plan's problems name it: "Review ineligibility: …" (Task_ReviewIneligibility). */
    static String quoted(String name, String activityId) {
        return "\"" + name + "\" (" + activityId + ")";
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
