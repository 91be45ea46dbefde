package io.grantflow.migration;

import java.util.List;

import io.grantflow.problem.ConflictException;

/** A move refused before anything moved: answered 409 with every activity that has no counterpart in the target. */
public class MigrationRefusedException extends ConflictException {

    private final transient List<PlanProblem> problems;

    MigrationRefusedException(int to, List<PlanProblem> problems) {
        super("to", "Nothing moved: " + problems.size() + (problems.size() == 1 ? " activity" : " activities")
                + " of the applications to move " + (problems.size() == 1 ? "has" : "have") + " no counterpart in version " + to + ". "
                + String.join(" ", problems.stream().map(PlanProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
