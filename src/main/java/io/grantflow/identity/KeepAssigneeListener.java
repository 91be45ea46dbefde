package io.grantflow.identity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task the process gives to one person (a review to its invited reviewer, a juror's conflicts and scores, the
 * chair's choice) stays with that person: on every change of assignee, the new one must be the person the
 * task's own assignee expression names, and only that person completes it. So nobody, an administrator
 * included, hands a review to the applicant, to a conflicted colleague or to anyone outside the panel, nor
 * writes it in the reviewer's name. (The engine's own steps, with nobody logged in, are not concerned.)
 */
@Component("keepAssigneeListener")
class KeepAssigneeListener implements TaskListener {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final IdentityService identity;

    KeepAssigneeListener(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication caller = identity.getCurrentAuthentication();
            if (caller != null && !caller.getUserId().equals(task.getAssignee())) {
                throw new ConflictException("assignee", "Only the person this task was given to can complete it");
            }
            return;
        }
        UserTask definition = (UserTask) task.getBpmnModelElementInstance();
        Matcher variable = VARIABLE.matcher(String.valueOf(definition.getCamundaAssignee()));
        if (!variable.matches()) {
            return;
        }
        Object chosen = task.getVariable(variable.group(1));
        if (!Objects.equals(chosen, task.getAssignee())) {
            throw new InvalidInputException("assignee",
                    "This task belongs to the person the process gave it to; it cannot be assigned to anyone else");
        }
    }
}
