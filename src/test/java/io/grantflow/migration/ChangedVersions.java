package io.grantflow.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A changed copy of a real process file, deployed beside the real one as its next version, the way a funder's analyst
 * deploys a changed programme; with the forms a task bound to its deployment reads. The deployment is named for the
 * process ("key, changed"), never like the product's own ("grantflow-..."), and the test deletes it afterwards.
 */
final class ChangedVersions {

    private ChangedVersions() {
    }

    /** A process file of the product as it is deployed (the classpath copy of bpmn/). */
    static BpmnModelInstance processFile(String path) {
        try (InputStream in = resource("bpmn/" + path)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BpmnModelInstance rename(BpmnModelInstance model, String activityId, String name) {
        model.<FlowElement>getModelElementById(activityId).setName(name);
        return model;
    }

    /**
     * The activity taken out of the flow: its incoming flow leads to where its outgoing flow led, and the activity, that
     * outgoing flow and their shapes in the diagram are gone. For an activity with one flow in and one out.
     */
    static BpmnModelInstance withoutActivity(BpmnModelInstance model, String activityId) {
        FlowNode activity = model.getModelElementById(activityId);
        SequenceFlow in = activity.getIncoming().iterator().next();
        SequenceFlow out = activity.getOutgoing().iterator().next();
        FlowNode next = out.getTarget();
        next.getIncoming().remove(out);
        next.getIncoming().add(in);
        in.setTarget(next);
        removeWithShape(model, out);
        removeWithShape(model, activity);
        return model;
    }

    /** Deploys the model as the next version of its process, with the forms (file name to JSON); returns its definition. */
    static ProcessDefinition deploy(RepositoryService repository, BpmnModelInstance model, Map<String, String> forms) {
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        DeploymentBuilder deployment = repository.createDeployment().name(key + ", changed").addModelInstance(key + ".bpmn", model);
        forms.forEach(deployment::addString);
        String deploymentId = deployment.deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    private static void removeWithShape(BpmnModelInstance model, FlowElement element) {
        List<ModelElementInstance> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() == element).map(ModelElementInstance.class::cast).toList();
        List<ModelElementInstance> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement() == element).map(ModelElementInstance.class::cast).toList();
        for (ModelElementInstance di : drawn) {
            di.getParentElement().removeChildElement(di);
        }
        for (ModelElementInstance di : edges) {
            di.getParentElement().removeChildElement(di);
        }
        element.getParentElement().removeChildElement(element);
    }

    private static InputStream resource(String path) {
        InputStream in = ChangedVersions.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no " + path + " on the classpath");
        }
        return in;
    }
}
