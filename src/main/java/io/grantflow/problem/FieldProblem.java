package io.grantflow.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One thing wrong with a request: the field (JSON path or form field) and what is wrong with it. The message is the
 * API's (English); a portal page shows the message key in its own language when there is one. The key and its
 * arguments stay out of the API's problem details, whose fields are field and message.
 */
public record FieldProblem(String field, String message, @JsonIgnore String key, @JsonIgnore List<Object> args) {

    public FieldProblem(String field, String message) {
        this(field, message, null, List.of());
    }

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem a portal page can say in its language: key "problem.{name}" of i18n/messages*.properties. */
    public static FieldProblem keyed(String field, String name, String message, Object... args) {
        return new FieldProblem(field, message, "problem." + name, List.of(args));
    }
}
