package io.grantflow.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.JsonErrors;
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
        // Field by field: the whole map would lose its nulls (non_null inclusion), and a null for a number must be refused.
        ObjectNode node = mapper.createObjectNode();
        if (overrides != null) {
            overrides.forEach((name, value) -> node.set(name, mapper.valueToTree(value)));
        }
        return overlayNode(programme, node);
    }

    /** The current rules with a few settings changed; unknown names are refused as in {@link #overlay}. */
    CallRules change(Programme programme, CallRules current, Map<String, Object> changes) {
        ObjectNode node = mapper.valueToTree(current);
        changes.forEach((name, value) -> node.set(name, mapper.valueToTree(value)));
        return overlayNode(programme, node);
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
        } catch (JsonMappingException e) {
            throw new WrongRuleException(JsonErrors.problem(e));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rule setting with a value of the wrong kind (text for a number, a fraction for a number of days). */
    static class WrongRuleException extends IllegalArgumentException {
        final FieldProblem problem;

        WrongRuleException(FieldProblem problem) {
            super(problem.field() + " " + problem.message());
            this.problem = problem;
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
