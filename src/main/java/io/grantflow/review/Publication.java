package io.grantflow.review;

/** A publication a reviewer declares, read for co-authorship conflicts: its year and its title. */
public record Publication(int year, String title) {
}
