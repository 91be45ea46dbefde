package io.grantflow.review.assignment;

import java.util.List;
import java.util.Objects;

/**
 * What the assignment needs to know about an application or a nomination: who submitted it
 * (for the institution rules) and its text (for the affinity).
 */
public record Submission(String id, String institution, String title, String abstractText, List<String> keywords) {

    public Submission {
        Objects.requireNonNull(id, "id");
        institution = institution == null ? "" : institution;
        title = title == null ? "" : title;
        abstractText = abstractText == null ? "" : abstractText;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
