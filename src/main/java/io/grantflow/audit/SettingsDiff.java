package io.grantflow.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The settings that differ between two values read as JSON objects, each as "name: value", in the order of the
 * settings. Read as JSON so that it holds for a record of settings as for a map of them.
 */
record SettingsDiff(String from, String to) {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String NO_VALUE = "–";

    static SettingsDiff between(Object before, Object after) {
        JsonNode old = JSON.valueToTree(before);
        JsonNode now = JSON.valueToTree(after);
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = it.next();
            JsonNode was = old.get(setting.getKey());
            if (!same(was, setting.getValue())) {
                from.add(setting.getKey() + ": " + text(was));
                to.add(setting.getKey() + ": " + text(setting.getValue()));
            }
        }
        return new SettingsDiff(String.join("; ", from), String.join("; ", to));
    }

    /** 10000 and 10000.00 are the same amount. */
    private static boolean same(JsonNode was, JsonNode now) {
        if (was != null && was.isNumber() && now.isNumber()) {
            return was.decimalValue().compareTo(now.decimalValue()) == 0;
        }
        return Objects.equals(was, now);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return NO_VALUE;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
