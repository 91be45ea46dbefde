package io.grantflow.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Setting;
import io.grantflow.programme.SettingValues;
import org.springframework.stereotype.Component;

/** A call's settings as stored JSON, and as a manager sends them: the programme's defaults overlaid with the call's. */
@Component
class CallSettingsJson {

    private static final int MAX_PARSED = 1000;

    private final ObjectMapper mapper;
    private final Map<String, CallSettings> parsed = new ConcurrentHashMap<>();

    CallSettingsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(CallSettings settings) {
        try {
            return mapper.writeValueAsString(settings.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The settings stored with a call, under its programme's declarations of today: a stored value the programme
     * no longer declares is left out, a setting declared since keeps its default. Every submission reads its call
     * several times, so the parsed value is kept per stored text (bounded by clearing it after a season of calls).
     */
    CallSettings read(ProgrammeDefinition programme, String json) {
        if (parsed.size() > MAX_PARSED) {
            parsed.clear();
        }
        return parsed.computeIfAbsent(programme.id() + json, key -> {
            try {
                JsonNode stored = mapper.readTree(json);
                Map<String, Object> values = defaults(programme);
                programme.settings().values().forEach(setting -> {
                    JsonNode value = stored.get(setting.name());
                    if (value != null && !value.isNull()) {
                        try {
                            values.put(setting.name(), SettingValues.fromJson(setting, value));
                        } catch (IllegalArgumentException kindChanged) {
                            // The programme changed the setting's kind since: the call keeps the new default.
                        }
                    }
                });
                return new CallSettings(values);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored settings of a call are not valid JSON", e);
            }
        });
    }

    /** The programme's defaults with the given changes; unknown names, wrong kinds and values out of range are refused. */
    CallSettings overlay(ProgrammeDefinition programme, CallSettings current, Map<String, Object> changes) {
        Map<String, Object> values = current == null ? defaults(programme) : new LinkedHashMap<>(current.asMap());
        List<FieldProblem> problems = new ArrayList<>();
        if (changes != null) {
            // Field by field through a tree: a null for a number must be seen, and be refused.
            ObjectNode node = mapper.createObjectNode();
            changes.forEach((name, value) -> node.set(name, mapper.valueToTree(value)));
            node.fields().forEachRemaining(field -> {
                Setting setting = programme.settings().get(field.getKey());
                if (setting == null) {
                    problems.add(new FieldProblem("rules." + field.getKey(), "is not a rule setting of this programme"));
                    return;
                }
                try {
                    values.put(setting.name(), SettingValues.fromJson(setting, field.getValue()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("rules." + field.getKey(), e.getMessage()));
                }
            });
        }
        if (problems.isEmpty()) {
            SettingValues.problems(programme.settings(), values)
                    .forEach(p -> problems.add(new FieldProblem("rules." + p.field(), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CallSettings(values);
    }

    static Map<String, Object> defaults(ProgrammeDefinition programme) {
        Map<String, Object> values = new LinkedHashMap<>();
        programme.settings().values().forEach(s -> values.put(s.name(), s.defaultValue()));
        return values;
    }
}
