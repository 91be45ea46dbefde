package io.grantflow.problem;

import java.util.List;

/**
 * Bad input: answered 400 with every field named. Thrown before anything is written. Remembered for the engine's
 * HTTP layer, since inside an engine command it reaches the client wrapped in a server error.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
        EngineRefusals.remember(this);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
