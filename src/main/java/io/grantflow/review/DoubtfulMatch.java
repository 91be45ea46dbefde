package io.grantflow.review;

/**
 * A name an applicant excluded that only possibly names a reviewer of the panel. Until a manager answers
 * ({@code samePerson} null), the pair is held out of the assignment; "same person" keeps it out, "different person"
 * lets it in.
 */
public record DoubtfulMatch(String id, String applicationId, String applicationTitle, String excludedName,
                            String reviewerId, String reviewerName, Boolean samePerson) {

    boolean heldOut() {
        return !Boolean.FALSE.equals(samePerson);
    }
}
