package io.grantflow.call;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/** Rule settings as stored JSON: the programme's defaults, overlaid with what the call sets. */
@Component
class CallRulesJson {

    private final ObjectMapper mapper;

    CallRulesJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(CallRules rules) {
        try {
            return mapper.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    CallRules read(Programme programme, String json) {
        try {
            return overlayNode(programme, mapper.readValue(json, ObjectNode.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rules of a call are not valid JSON", e);
        }
    }

    /** Settings absent from {@code overrides} keep the programme default; unknown names are refused. */
    CallRules overlay(Programme programme, Map<String, Object> overrides) {
        return overlayNode(programme, mapper.valueToTree(overrides == null ? Map.of() : overrides));
    }

    private CallRules overlayNode(Programme programme, ObjectNode overrides) {
        ObjectNode merged = mapper.valueToTree(CallRules.defaultsFor(programme));
        overrides.fields().forEachRemaining(field -> {
            if (!merged.has(field.getKey())) {
                throw new UnknownRuleException(field.getKey());
            }
            merged.set(field.getKey(), field.getValue());
        });
        try {
            return mapper.treeToValue(merged, CallRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A rule setting has the wrong type: " + e.getOriginalMessage(), e);
        }
    }

    static class UnknownRuleException extends IllegalArgumentException {
        final String name;

        UnknownRuleException(String name) {
            super("Unknown rule setting: " + name);
            this.name = name;
        }
    }
}
