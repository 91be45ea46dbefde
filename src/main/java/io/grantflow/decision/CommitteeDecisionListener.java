package io.grantflow.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the committee task completes: records the decisions; a selection over the envelope refuses the completion. */
@Component("committeeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    private final FundingDecisionService decisions;
    private final ObjectMapper json;

    CommitteeDecisionListener(FundingDecisionService decisions, ObjectMapper json) {
        this.decisions = decisions;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.decide((String) task.getVariable("callId"), ids(task.getVariable("fundedApplicationIds")),
                FormValues.completedBy(task));
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
