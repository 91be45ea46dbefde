package io.grantflow.review;

import java.util.List;

/**
 * A publication a reviewer declares, read for co-authorship conflicts: its year and title, and where the source gave
 * them its DOI and its authors (an empty list when they are unknown: typed by hand, or an ORCID work summary).
 */
public record Publication(int year, String title, String doi, List<Author> authors) {

    static final int DOI_MAX = 300;

    public Publication {
        authors = authors == null ? List.of() : List.copyOf(authors);
        doi = doi == null || doi.length() > DOI_MAX ? null : doi; // a longer one is no DOI a registry issued
    }

    /** A publication typed as "year, title": no DOI, authors unknown. */
    public Publication(int year, String title) {
        this(year, title, null, List.of());
    }

    /** An author as the source names him or her, with the ORCID iD when it gives one (else null). */
    public record Author(String name, String orcid) {
    }
}
