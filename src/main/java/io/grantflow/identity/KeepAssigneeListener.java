package io.grantflow.identity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task the process gives to one person (a review to its invited reviewer, a juror's conflicts and scores, the
 * chair's choice) stays with that person: on every change of assignee, the new one must be the person the
 * task's own assignee expression names. So nobody, an administrator included, hands a review to the applicant,
 * to a conflicted colleague or to anyone outside the panel, and nobody takes it away from its reviewer.
 */
@Component("keepAssigneeListener")
class KeepAssigneeListener implements TaskListener {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    @Override
    public void notify(DelegateTask task) {
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
