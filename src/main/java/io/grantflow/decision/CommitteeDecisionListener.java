package io.grantflow.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** When the committee task completes: records the decisions; a selection over the envelope refuses the completion. */
@Component("committeeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    private final FundingDecisionService decisions;
    private final IdentityService identity;
    private final ObjectMapper json;

    CommitteeDecisionListener(FundingDecisionService decisions, IdentityService identity, ObjectMapper json) {
        this.decisions = decisions;
        this.identity = identity;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        String managerId = current != null ? current.getUserId() : task.getAssignee();
        decisions.decide((String) task.getVariable("callId"), ids(task.getVariable("fundedApplicationIds")),
                managerId == null ? "unknown" : managerId);
    }

    /** The checklist arrives as a Spin JSON value, a list, or JSON text, depending on who completed the task. */
    List<String> ids(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        try {
            JsonNode node = value == null ? json.createArrayNode() : json.readTree(value.toString());
            List<String> ids = new ArrayList<>();
            node.forEach(n -> ids.add(n.asText()));
            return ids;
        } catch (Exception e) {
            throw new IllegalArgumentException("fundedApplicationIds is not a list of application ids");
        }
    }
}
