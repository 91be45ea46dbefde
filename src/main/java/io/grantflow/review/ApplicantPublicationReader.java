package io.grantflow.review;

import java.util.List;
import java.util.Optional;

import io.grantflow.application.ApplicantPublications;
import io.grantflow.application.ApplicantWork;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.publications.OrcidClient;
import io.grantflow.review.publications.PublicationFileException;
import io.grantflow.review.publications.PublicationFiles;
import io.grantflow.review.publications.Work;
import org.springframework.stereotype.Component;

/** The applicant's list read with the same readers, and within the same limits, as a reviewer's. */
@Component
class ApplicantPublicationReader implements ApplicantPublications {

    static final String FIELD = "publications";
    static final int WORKS_MAX = 200;
    static final int TITLE_MAX = 500;

    private final OrcidClient orcid;

    ApplicantPublicationReader(OrcidClient orcid) {
        this.orcid = orcid;
    }

    @Override
    public List<ApplicantWork> read(String fileName, byte[] content) {
        try {
            return checked(PublicationFiles.read(fileName, content));
        } catch (PublicationFileException e) {
            throw refused(e);
        }
    }

    @Override
    public Optional<List<ApplicantWork>> fromOrcid(String orcidId) {
        try {
            return Optional.of(checked(orcid.works(orcidId)));
        } catch (OrcidClient.OrcidException | PublicationFileException e) {
            return Optional.empty();
        }
    }

    /** The API's English message; a page says the reader's words, which name the line or entry, in its language. */
    private static InvalidInputException refused(PublicationFileException e) {
        return new InvalidInputException(List.of(FieldProblem.keyed(FIELD, "publications", "cannot be read: " + e.getMessage(),
                e.detail())));
    }

    private static List<ApplicantWork> checked(List<Work> works) {
        if (works.size() > WORKS_MAX) {
            throw PublicationFileException.whole("limit.works", works.size(), WORKS_MAX);
        }
        for (int i = 0; i < works.size(); i++) {
            String title = works.get(i).title();
            if (title == null || title.isBlank()) {
                throw PublicationFileException.whole("limit.noTitle", i + 1);
            }
            if (title.length() > TITLE_MAX) {
                throw PublicationFileException.whole("limit.longTitle", i + 1, TITLE_MAX);
            }
        }
        return works.stream().map(w -> new ApplicantWork(w.title().replaceAll("[\\r\\n]+", " ").strip(), w.year(), w.doi(),
                w.authors().stream().map(a -> new ApplicantWork.Author(a.name(), a.orcid())).toList())).toList();
    }
}
