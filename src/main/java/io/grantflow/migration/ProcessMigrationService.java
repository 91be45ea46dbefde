package io.grantflow.migration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.grantflow.audit.ManagerChange;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new version of a process runs beside the old one; a manager keeps running applications on their version or
 * moves them to another with Camunda's migration: activities are mapped by equal id and type, the plan is read and
 * checked before anything moves, and a move that would strand an application is refused as a whole. Variables,
 * timers (with their due dates) and message subscriptions move with the applications; event triggers are not
 * re-evaluated, so no deadline an applicant was given changes.
 */
@Service
public class ProcessMigrationService {

    private final ProcessDefinitions definitions;
    private final PlanReading plans;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcessMigrationService(ProcessDefinitions definitions, PlanReading plans, RuntimeService runtime, RepositoryService repository,
                            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.definitions = definitions;
        this.plans = plans;
        this.runtime = runtime;
        this.repository = repository;
        this.events = events;
    }

    /** Every deployed process, each with all its versions, by key. */
    public Map<String, List<ProcessVersion>> processes() {
        Map<String, List<ProcessVersion>> all = new LinkedHashMap<>();
        definitions.latestOfEachProcess().forEach(d -> all.put(d.getKey(), versions(d.getKey())));
        return all;
    }

    /** The deployed versions of a process, oldest first, each with its running instances. */
    public List<ProcessVersion> versions(String key) {
        return definitions.versionsOf(key).stream().map(this::version).toList();
    }

    /** The plan that would move every running instance of version {@code from} to version {@code to}, and its problems. */
    public MigrationPlanView plan(String key, int from, int to) {
        ProcessDefinitions.Pair pair = definitions.pair(key, from, to);
        long applications = plans.instancesOf(pair, null).count();
        try {
            MigrationPlan plan = plans.build(pair);
            List<PlanProblem> problems = new ArrayList<>(plans.unmapped(pair, plan.getInstructions(), null));
            problems.addAll(plans.formsNotDeployed(pair));
            return new MigrationPlanView(key, from, to, applications, plans.instructions(plan), problems);
        } catch (MigrationPlanValidationException e) {
            return new MigrationPlanView(key, from, to, applications, List.of(), plans.refused(pair, e, null));
        }
    }

    /**
     * Moves the chosen instances of version {@code from} (all of them when none is chosen) to version {@code to}, all or
     * none. Chosen instances already on the target are counted, not moved again, so a plan run twice moves nothing the
     * second time and says so. One {@link ManagerChange} is published for each call whose applications moved.
     */
    @Transactional
    public MigrationResult migrate(String key, int from, int to, List<String> processInstanceIds, String actor) {
        ProcessDefinitions.Pair pair = definitions.pair(key, from, to);
        Selection selection = select(pair, processInstanceIds);
        List<String> toMove = selection.toMove();
        int alreadyMoved = selection.alreadyMoved();
        if (toMove.isEmpty()) {
            return new MigrationResult(key, from, to, 0, alreadyMoved, alreadyMoved > 0
                    ? "Nothing moved: " + PlanReading.applications(alreadyMoved) + " already on " + pair.targetLabel() + "."
                    : "Nothing moved: no application runs on " + pair.sourceLabel() + ".");
        }
        MigrationPlan plan = buildOrRefuse(pair, toMove);
        Map<String, Integer> movedByCall = countByCall(toMove);
        try {
            runtime.newMigration(plan).processInstanceIds(toMove).execute();
        } catch (MigratingProcessInstanceValidationException e) {
            throw new MigrationRefusedException(to, engineRefusals(pair, e));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("processInstanceIds", "These applications changed while they were being moved: nothing moved. "
                    + "Preview the move again.");
        }
        movedByCall.remove(null); // a process outside any call (mail delivery) changes no call
        movedByCall.forEach((callId, count) -> events.publishEvent(new ManagerChange(callId, actor, "migration", pair.sourceLabel(),
                pair.targetLabel() + " (" + PlanReading.applications(count) + ")", clock.instant())));
        return new MigrationResult(key, from, to, toMove.size(), alreadyMoved, PlanReading.applications(toMove.size())
                + " moved from " + pair.sourceLabel() + " to " + pair.targetLabel() + "."
                + (alreadyMoved > 0 ? " " + PlanReading.applications(alreadyMoved) + " already on it." : ""));
    }

    /** The instances a move takes, and how many of those chosen already run on the target. */
    private record Selection(List<String> toMove, int alreadyMoved) {
    }

    private Selection select(ProcessDefinitions.Pair pair, List<String> processInstanceIds) {
        if (processInstanceIds == null) {
            return new Selection(plans.instancesOf(pair, null).list().stream().map(ProcessInstance::getId).toList(), 0);
        }
        List<String> toMove = new ArrayList<>();
        int alreadyMoved = 0;
        List<String> chosen = processInstanceIds.stream().distinct().toList();
        for (int i = 0; i < chosen.size(); i++) {
            String field = "processInstanceIds[" + processInstanceIds.indexOf(chosen.get(i)) + "]";
            if (definitionOf(chosen.get(i), field, pair).equals(pair.target().getId())) {
                alreadyMoved++;
            } else {
                toMove.add(chosen.get(i));
            }
        }
        return new Selection(toMove, alreadyMoved);
    }

    private ProcessVersion version(ProcessDefinition d) {
        var deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
        return new ProcessVersion(d.getKey(), d.getName(), d.getVersion(), d.getVersionTag(), d.getId(),
                deployment.getDeploymentTime().toInstant(), runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count());
    }

    private MigrationPlan buildOrRefuse(ProcessDefinitions.Pair pair, List<String> toMove) {
        MigrationPlan plan;
        try {
            plan = plans.build(pair);
        } catch (MigrationPlanValidationException e) {
            throw new MigrationRefusedException(pair.target().getVersion(), plans.refused(pair, e, toMove));
        }
        List<PlanProblem> problems = new ArrayList<>(plans.unmapped(pair, plan.getInstructions(), toMove));
        problems.addAll(plans.formsNotDeployed(pair));
        if (!problems.isEmpty()) {
            throw new MigrationRefusedException(pair.target().getVersion(), problems);
        }
        return plan;
    }

    /** The definition a chosen instance runs on; an instance that is not one of this process is refused by its field. */
    private String definitionOf(String processInstanceId, String field, ProcessDefinitions.Pair pair) {
        ProcessInstance instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null || !Objects.equals(instance.getProcessDefinitionId(), pair.source().getId())
                && !Objects.equals(instance.getProcessDefinitionId(), pair.target().getId())) {
            throw new InvalidInputException(field, "is not a running instance of " + pair.sourceLabel());
        }
        return instance.getProcessDefinitionId();
    }

    /** How many of the instances belong to each call, by their "callId" variable (null for a process outside any call). */
    private Map<String, Integer> countByCall(List<String> processInstanceIds) {
        Map<String, String> callOf = new LinkedHashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableName("callId").list()) {
            if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() instanceof String callId) {
                callOf.put(v.getProcessInstanceId(), callId);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        processInstanceIds.forEach(id -> counts.merge(callOf.get(id), 1, Integer::sum));
        return counts;
    }

    /** What Camunda found that cannot move, for an instance our own check let through, in the same words. */
    private List<PlanProblem> engineRefusals(ProcessDefinitions.Pair pair, MigratingProcessInstanceValidationException e) {
        BpmnModelInstance source = repository.getBpmnModelInstance(pair.source().getId());
        List<PlanProblem> problems = new ArrayList<>();
        for (MigratingActivityInstanceValidationReport r : e.getValidationReport().getActivityInstanceReports()) {
            problems.add(engineProblem(source, r.getSourceScopeId(), r.getFailures()));
        }
        for (MigratingTransitionInstanceValidationReport r : e.getValidationReport().getTransitionInstanceReports()) {
            problems.add(engineProblem(source, r.getSourceScopeId(), r.getFailures()));
        }
        if (problems.isEmpty()) {
            String reason = String.join("; ", e.getValidationReport().getFailures());
            problems.add(new PlanProblem(PlanProblem.Kind.ENGINE_REFUSAL, null, null, 1, reason, reason + "."));
        }
        return problems;
    }

    private static PlanProblem engineProblem(BpmnModelInstance source, String activityId, List<String> failures) {
        String name = ActivityNames.of(source, activityId);
        String reason = String.join("; ", failures);
        return new PlanProblem(PlanProblem.Kind.ENGINE_REFUSAL, activityId, name, 1, reason, ActivityNames.quoted(name, activityId) + " cannot move: " + reason + ".");
    }
}
