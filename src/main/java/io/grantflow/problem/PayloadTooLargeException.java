package io.grantflow.problem;

/** A file over its limit: answered 413 naming the field. */
public class PayloadTooLargeException extends RuntimeException {

    private final FieldProblem problem;

    public PayloadTooLargeException(String field, String message) {
        this(new FieldProblem(field, message));
    }

    public PayloadTooLargeException(FieldProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public String field() {
        return problem.field();
    }

    /** The field and what is wrong, with its message key for a portal page. */
    public FieldProblem problem() {
        return problem;
    }
}
