package io.grantflow.application;

import java.util.List;
import java.util.Optional;

/**
 * Reads the applicant's own publication list. The readers of publication files and of ORCID belong to the review
 * feature, which implements this; the application feature only asks.
 */
public interface ApplicantPublications {

    /** The works of the file; a file that cannot be read, or too long a list, is an InvalidInputException on "publications". */
    List<ApplicantWork> read(String fileName, byte[] content);

    /** ORCID's works of the iD, or empty when ORCID does not answer or cannot be read: a submission never waits on it. */
    Optional<List<ApplicantWork>> fromOrcid(String orcid);
}
