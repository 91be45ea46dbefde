package io.grantflow.migration;

/** An activity of the source version and its counterpart in the target, each with its name as the diagram shows it. */
public record PlanInstruction(String sourceActivityId, String sourceActivityName, String targetActivityId, String targetActivityName) {
}
