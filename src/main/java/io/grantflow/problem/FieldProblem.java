package io.grantflow.problem;

/** One thing wrong with a request: the field (JSON path or form field) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
