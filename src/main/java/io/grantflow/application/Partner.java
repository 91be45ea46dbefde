package io.grantflow.application;

/** A partner team abroad: its institution, country (ISO 3166 alpha-2), lead and email. */
public record Partner(String institution, String country, String leadName, String email) {
}
