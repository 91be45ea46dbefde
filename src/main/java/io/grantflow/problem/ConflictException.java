package io.grantflow.problem;

/** A request that clashes with the current state (a closed call, a second application): answered 409.
 * Remembered like {@link InvalidInputException} for the engine's HTTP layer. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
        EngineRefusals.remember(this);
    }

    public String field() {
        return field;
    }
}
