package io.grantflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * The variables a person may submit with a task: the keys of the input fields of the task's Camunda Form.
 * Fields that only show a value (disabled or read-only) are not inputs, and everything else a task reads
 * (which application, which invitation, which candidate) is the process's, never the submitter's.
 */
@Component
class TaskFormFields {

    private final FormService forms;
    private final ObjectMapper json;

    TaskFormFields(FormService forms, ObjectMapper json) {
        this.forms = forms;
        this.json = json;
    }

    /** The input keys of the task's form; empty when the task is unknown or not visible to the caller. */
    Optional<Set<String>> inputsOf(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            Set<String> keys = new LinkedHashSet<>();
            collect(json.readTree(form).path("components"), keys);
            return Optional.of(keys);
        } catch (ProcessEngineException | IOException e) {
            return Optional.empty();
        }
    }

    static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.path("disabled").asBoolean(false) || isReadonly(component)) {
                continue;
            }
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            } else if (component.hasNonNull("path")) {
                keys.add(component.get("path").asText().split("\\.")[0]);
            } else {
                collect(component.path("components"), keys);
            }
        }
    }

    private static boolean isReadonly(JsonNode component) {
        JsonNode readonly = component.path("readonly");
        return readonly.asBoolean(false) || (readonly.isTextual() && !readonly.asText().isBlank());
    }
}
