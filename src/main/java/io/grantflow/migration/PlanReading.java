package io.grantflow.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Camunda's plan for a move (activities mapped by equal id and type, as {@code mapEqualActivities} does), read in a
 * manager's words: each instruction with its activity names; each activity of the source where applications of the
 * move wait that the target has no counterpart for; each task of the target whose form its deployment lacks.
 */
@Component
class PlanReading {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final DeployedForms forms;

    PlanReading(RepositoryService repository, RuntimeService runtime, DeployedForms forms) {
        this.repository = repository;
        this.runtime = runtime;
        this.forms = forms;
    }

    /** Camunda's plan, or its refusal to build one (a mapping between activities it cannot carry over). */
    MigrationPlan build(ProcessDefinitions.Pair pair) {
        return runtime.createMigrationPlan(pair.source().getId(), pair.target().getId()).mapEqualActivities().build();
    }

    List<PlanInstruction> instructions(MigrationPlan plan) {
        BpmnModelInstance source = repository.getBpmnModelInstance(plan.getSourceProcessDefinitionId());
        BpmnModelInstance target = repository.getBpmnModelInstance(plan.getTargetProcessDefinitionId());
        return plan.getInstructions().stream()
                .map(i -> new PlanInstruction(i.getSourceActivityId(), ActivityNames.of(source, i.getSourceActivityId()),
                        i.getTargetActivityId(), ActivityNames.of(target, i.getTargetActivityId())))
                .toList();
    }

    /**
     * The activities of the source without an instruction where applications wait, with how many; only those of the
     * chosen instances when {@code chosen} is given, else those of every running instance of the source version.
     */
    List<PlanProblem> unmapped(ProcessDefinitions.Pair pair, Collection<MigrationInstruction> instructions, Collection<String> chosen) {
        Set<String> mapped = instructions.stream().map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        BpmnModelInstance source = repository.getBpmnModelInstance(pair.source().getId());
        List<PlanProblem> problems = new ArrayList<>();
        for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
            if (mapped.contains(node.getId())) {
                continue;
            }
            long waiting = instancesOf(pair, chosen).activityIdIn(node.getId()).count();
            if (waiting > 0) {
                String name = ActivityNames.of(source, node.getId());
                problems.add(new PlanProblem(PlanProblem.Kind.NO_COUNTERPART, node.getId(), name, waiting, null,
                        ActivityNames.quoted(name, node.getId()) + " is not in version "
                        + pair.target().getVersion() + ": " + applications(waiting) + (waiting == 1 ? " waits" : " wait") + " there."));
            }
        }
        return problems;
    }

    /** The instructions Camunda refused to build, each as a problem of its source activity. */
    List<PlanProblem> refused(ProcessDefinitions.Pair pair, MigrationPlanValidationException e, Collection<String> chosen) {
        BpmnModelInstance source = repository.getBpmnModelInstance(pair.source().getId());
        return e.getValidationReport().getInstructionReports().stream().map(report -> {
            String activityId = report.getMigrationInstruction().getSourceActivityId();
            String name = ActivityNames.of(source, activityId);
            long waiting = instancesOf(pair, chosen).activityIdIn(activityId).count();
            String reason = String.join("; ", report.getFailures());
            return new PlanProblem(PlanProblem.Kind.ENGINE_REFUSAL, activityId, name, waiting, reason,
                    ActivityNames.quoted(name, activityId) + " cannot be carried over to version "
                    + pair.target().getVersion() + ": " + reason + ".");
        }).toList();
    }

    /**
     * The tasks of the target that read their Camunda Form from their own deployment (formRefBinding="deployment")
     * where that deployment holds no form of that id: Tasklist could show none of them, for a moved application either.
     */
    List<PlanProblem> formsNotDeployed(ProcessDefinitions.Pair pair) {
        Set<String> deployed = forms.idsIn(pair.target().getDeploymentId());
        BpmnModelInstance target = repository.getBpmnModelInstance(pair.target().getId());
        return target.getModelElementsByType(UserTask.class).stream()
                .filter(t -> "deployment".equals(t.getCamundaFormRefBinding()) && t.getCamundaFormRef() != null)
                .filter(t -> !deployed.contains(t.getCamundaFormRef()))
                .map(t -> {
                    String name = ActivityNames.of(target, t.getId());
                    return new PlanProblem(PlanProblem.Kind.FORM_NOT_DEPLOYED, t.getId(), name, 0, t.getCamundaFormRef(),
                            ActivityNames.quoted(name, t.getId()) + " shows the form \"" + t.getCamundaFormRef() + "\" of its own deployment, which version "
                            + pair.target().getVersion() + " was deployed without: deploy the forms with the process.");
                }).toList();
    }

    ProcessInstanceQuery instancesOf(ProcessDefinitions.Pair pair, Collection<String> chosen) {
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(pair.source().getId());
        return chosen == null ? query : query.processInstanceIds(Set.copyOf(chosen));
    }

    static String applications(long count) {
        return count == 1 ? "1 application" : count + " applications";
    }
}
