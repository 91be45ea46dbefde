package io.grantflow.review;

import java.util.List;

import io.grantflow.review.publications.OrcidClient;
import io.grantflow.review.publications.PublicationFileException;
import io.grantflow.review.publications.PublicationFiles;
import io.grantflow.review.publications.Work;
import org.springframework.stereotype.Service;

/**
 * Where a reviewer's publication list comes from besides typing: a file (BibTeX, RIS, ORCID or OpenAlex works) or the
 * ORCID public API. The list keeps a year, a title, the DOI and the authors; works without a year are counted, not kept.
 */
@Service
public class PublicationSources {

    public static final int MAX_BYTES = PublicationFiles.MAX_BYTES;
    public static final String FORMATS = PublicationFiles.FORMATS;

    /** The publications read, and how many works were left out for want of a year. */
    public record Read(List<Publication> publications, int withoutYear) {
    }

    /** A source that cannot be read, said for the person who asked; unreachable when it is not that person's to mend. */
    public static class Unreadable extends RuntimeException {
        private final boolean unreachable;
        private final transient Object detail;

        Unreadable(String message, boolean unreachable) {
            this(message, unreachable, message);
        }

        Unreadable(String message, boolean unreachable, Object detail) {
            super(message);
            this.unreachable = unreachable;
            this.detail = detail;
        }

        /** What is wrong, as a message argument a page says in its language (a file's problem), else the English text. */
        public Object detail() {
            return detail;
        }

        public boolean unreachable() {
            return unreachable;
        }
    }

    private final OrcidClient orcid;

    PublicationSources(OrcidClient orcid) {
        this.orcid = orcid;
    }

    public Read file(String fileName, byte[] content) {
        try {
            return read(PublicationFiles.read(fileName, content));
        } catch (PublicationFileException e) {
            throw new Unreadable(e.getMessage(), false, e.detail());
        }
    }

    public Read orcid(String orcidId) {
        try {
            return read(orcid.works(orcidId));
        } catch (OrcidClient.OrcidException e) {
            throw new Unreadable(e.getMessage(), e.unreachable());
        }
    }

    private static Read read(List<Work> works) {
        List<Publication> kept = works.stream().filter(w -> w.year() != null)
                .map(w -> new Publication(w.year(), w.title().replaceAll("[\\r\\n]+", " "), w.doi(),
                        w.authors().stream().map(a -> new Publication.Author(a.name(), a.orcid())).toList()))
                .toList();
        return new Read(kept, works.size() - kept.size());
    }
}
