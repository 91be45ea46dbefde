package io.grantflow.problem;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What is wrong with a JSON that could not be read, in plain words under the field's JSON path
 * ({@code partners[0].email}). Never Jackson's own message: it names Java types and packages.
 */
public final class JsonErrors {

    private static final List<Class<?>> WHOLE_NUMBERS = List.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class,
            int.class, long.class, short.class, byte.class);

    private JsonErrors() {
    }

    static FieldProblem problem(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException m) {
            return problem(m);
        }
        if (e.getCause() instanceof JsonParseException) {
            return new FieldProblem("body", "is not well-formed JSON");
        }
        return new FieldProblem("body", e.getCause() == null ? "is required" : "could not be read");
    }

    /** The field, as a JSON path, and what is wrong with its value. */
    public static FieldProblem problem(JsonMappingException e) {
        return new FieldProblem(path(e), message(e));
    }

    private static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (refs.isEmpty()) {
            return "body";
        }
        String path = refs.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        if (e instanceof PropertyBindingException unknown && !unknown.getPropertyName().equals(refs.get(refs.size() - 1).getFieldName())) {
            path += "." + unknown.getPropertyName();
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof JsonFieldException) {
            return e.getOriginalMessage();
        }
        if (e instanceof PropertyBindingException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException || e.getProcessor() instanceof JsonParser p && p.currentToken() == JsonToken.VALUE_NULL) {
            return "must not be null";
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "is out of range";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType());
        }
        return "could not be read";
    }

    /** What a value of the type must be, as the problem detail says it. */
    static String expected(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be text";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2021-06-30";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date-time such as 2027-01-15T17:00";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
