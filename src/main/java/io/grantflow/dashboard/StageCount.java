package io.grantflow.dashboard;

/** How many applications of a call reached a stage of the funnel. */
public record StageCount(Stage stage, long count) {
}
