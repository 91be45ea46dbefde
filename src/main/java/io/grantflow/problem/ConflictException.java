package io.grantflow.problem;

/** A request that clashes with the current state (a closed call, a second application): answered 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
