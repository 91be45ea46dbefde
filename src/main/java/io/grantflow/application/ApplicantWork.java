package io.grantflow.application;

import java.util.List;

/** One of the applicant's own publications: title, year (or null), DOI (or null), and its authors as the source names them. */
public record ApplicantWork(String title, Integer year, String doi, List<Author> authors) {

    public ApplicantWork {
        authors = List.copyOf(authors);
    }

    /** An author as written, with the ORCID iD when the source gives one (or null). */
    public record Author(String name, String orcid) {
    }
}
