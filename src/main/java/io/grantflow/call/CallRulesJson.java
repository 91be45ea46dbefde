package io.grantflow.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/** Rule settings as stored JSON: the programme's defaults, overlaid with what the call sets. */
@Component
class CallRulesJson {

    private static final int MAX_PARSED = 1000;

    private final ObjectMapper mapper;
    private final Map<String, CallRules> parsed = new ConcurrentHashMap<>();

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

    /**
     * The rules stored with a call. Every submission reads its call several times (form checks, eligibility,
     * receipt), so the parsed value is kept per stored text: {@link CallRules} is immutable, and a call whose
     * rules change has a new text. The cache is bounded by clearing it when it outgrows a season of calls.
     */
    CallRules read(Programme programme, String json) {
        if (parsed.size() > MAX_PARSED) {
            parsed.clear();
        }
        return parsed.computeIfAbsent(programme.name() + json, key -> parse(programme, json));
    }

    private CallRules parse(Programme programme, String json) {
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
