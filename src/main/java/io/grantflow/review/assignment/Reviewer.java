package io.grantflow.review.assignment;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer (or juror) who can be assigned applications.
 *
 * @param expertiseKeywords keywords the reviewer declared, matched against application keywords
 * @param profile           free text (research interests, recent publications) indexed for BM25
 * @param maxLoad           most applications this reviewer accepts in the call
 * @param minLoad           fewest applications this reviewer must receive (0 when the call asks for none)
 */
public record Reviewer(String id, String institution, String country, List<String> expertiseKeywords,
                       String profile, int maxLoad, int minLoad) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
        institution = institution == null ? "" : institution;
        country = country == null ? "" : country;
        expertiseKeywords = expertiseKeywords == null ? List.of() : List.copyOf(expertiseKeywords);
        profile = profile == null ? "" : profile;
        if (maxLoad < 0 || minLoad < 0) {
            throw new IllegalArgumentException("loads must not be negative: " + id);
        }
    }
}
