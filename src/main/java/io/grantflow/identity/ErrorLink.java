package io.grantflow.identity;

/** A line of an account page's error summary: the id of the field it leads to, its label, what is wrong. */
public record ErrorLink(String target, String label, String message) {
}
