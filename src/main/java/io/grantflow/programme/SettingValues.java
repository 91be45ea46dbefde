package io.grantflow.programme;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantflow.problem.FieldProblem;

/**
 * A setting's value checked against its declaration: of its type (a whole number, an amount, yes or no), within
 * its range, and under the settings it must stay under. Values are kept as Long, BigDecimal or Boolean.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** A value as typed in JSON, or an {@link IllegalArgumentException} saying what kind of value it must be. */
    public static Object fromJson(Setting setting, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("must not be null");
        }
        return switch (setting.type()) {
            case INTEGER -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw new IllegalArgumentException("must be a whole number");
                }
                yield value.longValue();
            }
            case AMOUNT -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException("must be a number");
                }
                yield value.decimalValue();
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield value.booleanValue();
            }
        };
    }

    /** A default as YAML gives it (Integer, Long, Double, BigDecimal, Boolean), in the kept form. */
    static Object fromYaml(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    /** What is wrong with a value for its setting on its own (type, range), or null. */
    public static String problem(Setting setting, Object value) {
        switch (setting.type()) {
            case INTEGER -> {
                if (!(value instanceof Long)) {
                    return "must be a whole number";
                }
            }
            case AMOUNT -> {
                if (!(value instanceof Long) && !(value instanceof BigDecimal)) {
                    return "must be a number";
                }
            }
            case BOOLEAN -> {
                return value instanceof Boolean ? null : "must be true or false";
            }
        }
        BigDecimal number = new BigDecimal(value.toString());
        if (setting.min() != null && number.compareTo(setting.min()) < 0) {
            return "must be at least " + setting.min().toPlainString();
        }
        if (setting.max() != null && number.compareTo(setting.max()) > 0) {
            return "must be at most " + setting.max().toPlainString();
        }
        return null;
    }

    /** The problems of a whole set of values: each value in its range, and each under the settings it names. */
    public static List<FieldProblem> problems(Map<String, Setting> declared, Map<String, Object> values) {
        List<FieldProblem> problems = new ArrayList<>();
        declared.values().forEach(setting -> {
            Object value = values.get(setting.name());
            String problem = problem(setting, value);
            if (problem != null) {
                problems.add(new FieldProblem(setting.name(), problem));
                return;
            }
            if (setting.below() != null && compare(value, values.get(setting.below())) >= 0 && positive(values.get(setting.below()))) {
                problems.add(new FieldProblem(setting.name(), "must be fewer than " + setting.below() + " (" + values.get(setting.below()) + ")"));
            }
            if (setting.atMost() != null && compare(value, values.get(setting.atMost())) > 0) {
                problems.add(new FieldProblem(setting.name(), "must not be more than " + setting.atMost() + " (" + values.get(setting.atMost()) + ")"));
            }
        });
        return problems;
    }

    private static int compare(Object a, Object b) {
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(String.valueOf(b)));
    }

    private static boolean positive(Object value) {
        return value != null && new BigDecimal(value.toString()).signum() > 0;
    }
}
