package io.grantflow.problem;

/** Answered 404. Also used for what exists but is not the caller's to see. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
