package io.grantflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.problem.InvalidInputException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Values as Tasklist sends them (untyped: a number may be a Long, a Double or text; a list may be Spin JSON). */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
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
