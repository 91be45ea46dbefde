package io.grantflow.identity;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups, their authorizations and the shared Tasklist filters, on every start (idempotent).
 * Users themselves are created by registration, by an administrator, or by the demo profile.
 */
@Component
class IdentitySetup {

    static final String MY_REVIEWS = "My reviews";
    static final String MY_TASKS = "My tasks";
    static final String TEAM_TASKS = "Team tasks";
    static final String REVIEWS_DUE = "Reviews due within a week";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void setUp() {
        group(Groups.APPLICANTS, "Applicants and nominators");
        group(Groups.REVIEWERS, "Reviewers and jurors");
        group(Groups.MANAGERS, "Programme managers");

        grant(Groups.REVIEWERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Managers read everything in Cockpit and retry failed jobs. They start no process, change no variable
        // and assign no task: each of those is an action of the product with its own checks. Their own tasks
        // (candidate group "managers") they work on through the permission the engine gives every candidate.
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.RETRY_JOB);
        grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB);
        grant(Groups.MANAGERS, Resources.TASK, "*", TaskPermissions.READ);
        grant(Groups.MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(Groups.MANAGERS, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(Groups.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);

        // the prize jury's tasks belong to the edition's process; jurors land on this filter and must find them there
        Filter reviews = filter(MY_REVIEWS, -20, "Applications and prize candidates I am asked to review",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").processDefinitionKeyIn("review-round", "prize-edition"));
        Filter mine = filter(MY_TASKS, -10, "Tasks assigned to me",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter team = filter(TEAM_TASKS, 0, "Unassigned tasks of my groups",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        // managers follow every reviewer's deadline from here, before the reminder and escalation timers have to
        Filter dueSoon = filter(REVIEWS_DUE, 10, "Reviews due in the next 7 days, or overdue, whoever reviews them",
                tasks.createTaskQuery().processDefinitionKeyIn("review-round", "prize-edition")
                        .dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
        grant(Groups.MANAGERS, Resources.FILTER, dueSoon.getId(), Permissions.READ);
        for (String group : new String[] {Groups.REVIEWERS, Groups.MANAGERS}) {
            grant(group, Resources.FILTER, mine.getId(), Permissions.READ);
        }
        grant(Groups.REVIEWERS, Resources.FILTER, reviews.getId(), Permissions.READ);
        grant(Groups.MANAGERS, Resources.FILTER, team.getId(), Permissions.READ);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    Filter filter(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        // an existing filter takes the current query, so a start after an upgrade shows what the filter now promises
        Filter filter = (existing != null ? existing : filters.newTaskFilter(name))
                .setOwner(null)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true))
                .setQuery(query);
        return filters.saveFilter(filter);
    }

    /** Gives the group exactly these permissions on the resource: an earlier, wider grant is narrowed. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst().orElse(null);
        if (auth == null) {
            auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        auth.setPermissions(permissions);
        authorizations.saveAuthorization(auth);
    }
}
