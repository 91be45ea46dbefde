package io.grantflow.review.publications;

import java.util.List;

import io.grantflow.names.Orcids;

/**
 * One publication read from a file or from ORCID: its title, year (null when the source gives none), DOI (lower case,
 * without "https://doi.org/", null when none) and its authors as the source names them (empty when the source lists
 * only the owner's own works, as ORCID's work summaries do).
 */
public record Work(String title, Integer year, String doi, List<Author> authors) {

    public Work {
        authors = List.copyOf(authors);
        doi = Dois.normalise(doi);
    }

    /** An author as written, and the ORCID iD when the source gives one ("0000-0002-1825-0097", or null). */
    public record Author(String name, String orcid) {

        public Author {
            orcid = Orcids.normalise(orcid);
        }
    }
}
