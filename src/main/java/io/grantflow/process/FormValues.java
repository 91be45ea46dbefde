package io.grantflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Values as Tasklist sends them (untyped: a number may be a Long, a Double or text; a list may be Spin JSON). */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /** What a completed task's form said with a yes/no field and a text field, and who completed it. */
    public record Answer(boolean yes, String text, String by) {

        /** The text, or null when nothing but blanks was typed. */
        public String textOrNull() {
            return text.isBlank() ? null : text;
        }
    }

    /**
     * Reads a completing task: {@code yesField} as a tick (a Boolean, or "true" as Tasklist may send it),
     * {@code textField} trimmed ("" when absent), and who completed it.
     */
    public static Answer answer(DelegateTask task, String yesField, String textField) {
        Object yes = task.getVariable(yesField);
        Object text = task.getVariable(textField);
        return new Answer(yes != null && Boolean.parseBoolean(yes.toString()), text == null ? "" : text.toString().trim(),
                completedBy(task));
    }

    /** Who completes the task: the user the engine acts for (Tasklist, REST), else its assignee, else "unknown". */
    public static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = current != null ? current.getUserId() : task.getAssignee();
        return user == null ? "unknown" : user;
    }

    public static List<String> strings(Object value) {
        return strings("list", value);
    }

    public static List<String> strings(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        try {
            JsonNode node = JSON.readTree(value.toString());
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            return items;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, "is not a list");
        }
    }

    public static int integer(String field, Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    public static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
