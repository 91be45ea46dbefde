package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.grantflow.problem.NotFoundException;
import io.grantflow.review.Publication;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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

    private final ReviewerPool pool;

    ReviewerApiController(ReviewerPool pool) {
        this.pool = pool;
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
