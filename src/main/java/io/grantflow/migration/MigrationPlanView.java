package io.grantflow.migration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The plan that moves the applications running on one version of a process to another, before anything moves:
 * the activities mapped one to one, and the problems that would refuse the move.
 *
 * @param applications the applications the move takes (every running instance of the source version)
 */
public record MigrationPlanView(String key, int from, int to, long applications, List<PlanInstruction> instructions,
                                List<PlanProblem> problems) {

    /** Whether the move can go: applications to move and no problem. */
    @JsonProperty("canMove")
    public boolean canMove() {
        return problems.isEmpty() && applications > 0;
    }
}
