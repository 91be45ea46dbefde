package io.grantflow.migration;

import java.util.List;

import io.grantflow.problem.ConflictException;

/** A move refused before anything moved: answered 409 naming every activity the target cannot take its applications to. */
public class MigrationRefusedException extends ConflictException {

    private final transient List<PlanProblem> problems;

    MigrationRefusedException(int to, List<PlanProblem> problems) {
        super("to", "Nothing moved to version " + to + ": " + String.join(" ", problems.stream().map(PlanProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
