package io.grantflow.review;

/**
 * A name that only possibly names a person of the review: a name an applicant excluded that may be a reviewer of the
 * panel's; or an author of a reviewer's recent work ({@code work}, {@code year}) whose name may be that of a person of
 * the application ({@code person}: the applicant or a partner team's lead). Until a manager answers ({@code samePerson}
 * null), the pair is held out of the assignment; "same person" keeps it out, "different person" lets it in.
 */
public record DoubtfulMatch(String id, String applicationId, String applicationTitle, String excludedName,
                            String reviewerId, String reviewerName, Boolean samePerson, String work, Integer year,
                            String person) {

    /** A doubtful excluded name. */
    DoubtfulMatch(String id, String applicationId, String applicationTitle, String excludedName, String reviewerId,
                  String reviewerName, Boolean samePerson) {
        this(id, applicationId, applicationTitle, excludedName, reviewerId, reviewerName, samePerson, null, null, null);
    }

    boolean heldOut() {
        return !Boolean.FALSE.equals(samePerson);
    }

    DoubtfulMatch answered(boolean same) {
        return new DoubtfulMatch(id, applicationId, applicationTitle, excludedName, reviewerId, reviewerName, same, work, year, person);
    }
}
