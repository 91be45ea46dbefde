package io.grantflow.reviewer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.grantflow.names.Orcids;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.review.Publication;
import io.grantflow.review.PublicationSources;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The reviewer pool for API users (managers): every reviewer, and each one's profile to read or replace. */
@RestController
class ReviewerApiController {

    /** A member of the reviewers group; the profile fields are null when he or she has none (never assigned). */
    record Reviewer(String userId, String name, String email, String language, boolean hasProfile, String institution,
                    String country, List<String> expertise, Integer maxLoad) {

        static Reviewer of(PoolEntry e) {
            var p = e.profile();
            return new Reviewer(e.userId(), e.name(), e.email(), e.language(), p != null, p == null ? null : p.institution(),
                    p == null ? null : p.country(), e.expertise(), p == null ? null : p.maxLoad());
        }
    }

    /** A profile as read and written: a publication's year is a number, its title plain text. */
    record Profile(String institution, String country, List<String> expertise, String profile, Integer maxLoad,
                   String language, List<PublicationJson> publications) {
    }

    record PublicationJson(Integer year, String title) {
    }

    /** A publication as read from a file or ORCID, with its DOI and authors (empty when the source names none). */
    record WorkJson(int year, String title, String doi, List<Publication.Author> authors) {
    }

    /** Whose works to read from ORCID. */
    record OrcidForm(String orcidId) {
    }

    private final ReviewerPool pool;
    private final PublicationSources sources;

    ReviewerApiController(ReviewerPool pool, PublicationSources sources) {
        this.pool = pool;
        this.sources = sources;
    }

    @GetMapping("/api/reviewers/{userId}/publications")
    @Operation(summary = "A reviewer's publications with their DOIs and authors, as the co-authorship conflicts read them (managers)")
    List<WorkJson> publications(@PathVariable String userId) {
        return works(pool.publications(pool.get(userId).userId()));
    }

    @PostMapping("/api/reviewers/{userId}/publications")
    @Operation(summary = "Replace a reviewer's publications with a file's works: BibTeX, RIS, ORCID works or OpenAlex works, "
            + "authors kept for the co-authorship conflicts; works without a year are left out (managers)")
    List<WorkJson> uploadPublications(@PathVariable String userId, @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "a publication file is required (" + PublicationSources.FORMATS + ")");
        }
        if (file.getSize() > PublicationSources.MAX_BYTES) {
            throw new InvalidInputException("file", "is larger than " + PublicationSources.MAX_BYTES / 1024 / 1024 + " MB");
        }
        PublicationSources.Read read;
        try {
            read = sources.file(file.getOriginalFilename(), file.getBytes());
        } catch (PublicationSources.Unreadable e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return works(pool.replacePublications(userId, read, null));
    }

    @PostMapping("/api/reviewers/{userId}/publications/orcid")
    @Operation(summary = "Replace a reviewer's publications with his or her works on the ORCID public API, and keep the iD (managers); "
            + "502 when ORCID does not answer")
    List<WorkJson> readOrcid(@PathVariable String userId, @RequestBody(required = false) OrcidForm body) {
        String id = body == null ? null : Orcids.normalise(body.orcidId());
        if (id == null) {
            throw new InvalidInputException("orcidId", "is not an ORCID iD (0000-0000-0000-0000, last character checked)");
        }
        pool.get(userId);
        PublicationSources.Read read;
        try {
            read = sources.orcid(id);
        } catch (PublicationSources.Unreadable e) {
            if (e.unreachable()) {
                throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, e.getMessage());
            }
            throw new InvalidInputException("orcidId", e.getMessage());
        }
        return works(pool.replacePublications(userId, read, id));
    }

    private static List<WorkJson> works(List<Publication> publications) {
        return publications.stream().map(p -> new WorkJson(p.year(), p.title(), p.doi(), p.authors())).toList();
    }

    @GetMapping("/api/reviewers")
    @Operation(summary = "Every member of the reviewers group, with his or her profile if any (managers)")
    List<Reviewer> reviewers() {
        return pool.list().stream().map(Reviewer::of).toList();
    }

    @GetMapping("/api/reviewers/{userId}/profile")
    @Operation(summary = "A reviewer's profile; 404 when he or she has none (managers)")
    Profile profile(@PathVariable String userId) {
        PoolEntry entry = pool.get(userId);
        if (!entry.hasProfile()) {
            throw new NotFoundException("The reviewer " + userId + " has no profile: he or she is never assigned");
        }
        return profile(entry, pool.publications(entry.userId()));
    }

    @PutMapping("/api/reviewers/{userId}/profile")
    @Operation(summary = "Create or replace a reviewer's profile, language and publications (managers)")
    Profile replace(@PathVariable String userId, @RequestBody Profile body, Authentication user) {
        List<ProfileDraft.PublicationDraft> publications = new ArrayList<>();
        if (body.publications() != null) {
            for (int i = 0; i < body.publications().size(); i++) {
                PublicationJson p = body.publications().get(i);
                publications.add(new ProfileDraft.PublicationDraft(i + 1, p == null || p.year() == null ? "" : String.valueOf(p.year()),
                        p == null ? null : p.title()));
            }
        }
        ProfileDraft draft = new ProfileDraft(body.institution(), body.country(), body.expertise(), body.profile(),
                body.maxLoad() == null ? null : String.valueOf(body.maxLoad()), body.language(), publications);
        PoolEntry saved = pool.update(userId, draft, Locale.ENGLISH, user.getName());
        return profile(saved, pool.publications(saved.userId()));
    }

    private static Profile profile(PoolEntry e, List<Publication> publications) {
        var p = e.profile();
        return new Profile(p.institution(), p.country(), p.expertise(), p.profile(), p.maxLoad(), e.language(),
                publications.stream().map(x -> new PublicationJson(x.year(), x.title())).toList());
    }
}
