package io.grantflow.migration;

import io.grantflow.problem.InvalidInputException;

/** A version number as a manager sends it in a query or a form: a whole number from 1, else refused by its field. */
final class Versions {

    private Versions() {
    }

    static int parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required: a version number");
        }
        try {
            int version = Integer.parseInt(value.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below, in the same words
        }
        throw new InvalidInputException(field, "is not a version number (1, 2, ...)");
    }
}
