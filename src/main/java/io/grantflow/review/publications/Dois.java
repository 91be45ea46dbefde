package io.grantflow.review.publications;

import java.util.Locale;

/** DOIs compared the way the DOI system does: case-insensitive, without the resolver prefix. */
final class Dois {

    private Dois() {
    }

    static String normalise(String doi) {
        if (doi == null || doi.isBlank()) {
            return null;
        }
        String d = doi.trim().toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://(dx\\.)?doi\\.org/", "")
                .replaceFirst("^doi:\\s*", "");
        return d.startsWith("10.") ? d : null;
    }
}
