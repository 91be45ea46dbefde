package io.grantflow.call;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The values of a call's settings, by the names its programme's settings file declares (the programme's defaults,
 * overlaid with what the call sets). Whole numbers are kept as Long, amounts as BigDecimal, yes or no as Boolean.
 * A feature reads the settings it needs by name; a name the programme does not declare is a fault of the
 * programme's files, reported with the name.
 */
public final class CallSettings {

    private final Map<String, Object> values;

    CallSettings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Settings with these values as they are, unchecked (for rules read outside any call). */
    public static CallSettings of(Map<String, Object> values) {
        return new CallSettings(values);
    }

    public int integer(String name) {
        return Math.toIntExact(whole(name));
    }

    /** A whole-number setting a call may lack (made before the programme had it): the fallback where it does. */
    public int integerOr(String name, int fallback) {
        return has(name) ? integer(name) : fallback;
    }

    public long whole(String name) {
        return ((Number) value(name)).longValue();
    }

    public BigDecimal amount(String name) {
        Object value = value(name);
        return value instanceof BigDecimal amount ? amount : BigDecimal.valueOf(((Number) value).longValue());
    }

    /** An amount the programme may leave out (a yearly cap only some programmes have): null where it does. */
    public BigDecimal amountOrNull(String name) {
        return has(name) ? amount(name) : null;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** A yes-or-no setting the programme may leave out, read as no. */
    public boolean flagOrNo(String name) {
        return has(name) && flag(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    @JsonValue
    public Map<String, Object> asMap() {
        return values;
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("The call's programme declares no setting " + name
                    + " (add it to its programme.yaml)");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallSettings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
