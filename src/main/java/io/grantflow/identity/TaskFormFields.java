package io.grantflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The variables a person may submit with a task: the keys of the input fields of the task's Camunda Form.
 * Fields that only show a value (disabled or read-only) are not inputs, and everything else a task reads
 * (which application, which invitation, which candidate) is the process's, never the submitter's.
 */
@Component
class TaskFormFields {

    private final FormService forms;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json;

    TaskFormFields(FormService forms, TaskService tasks, IdentityService identity, ObjectMapper json) {
        this.forms = forms;
        this.tasks = tasks;
        this.identity = identity;
        this.json = json;
    }

    /** Whether the task is still open, whoever may see it (the engine itself refuses a caller who may not). */
    boolean isOpen(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return tasks.createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * The input keys of an open task's form (none when its form cannot be read); empty when the caller may not
     * see the task, which the engine then refuses itself.
     */
    Optional<Set<String>> inputsOf(String taskId) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            collect(json.readTree(form).path("components"), keys);
        } catch (ProcessEngineException | IOException e) {
            keys.clear();
        }
        return Optional.of(keys);
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
