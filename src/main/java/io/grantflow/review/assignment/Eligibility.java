package io.grantflow.review.assignment;

import java.util.Locale;
import java.util.Set;

/** Hard conflicts: the caller's forbidden pairs, and same institution, which is checked here as well. */
final class Eligibility {

    enum Verdict { ELIGIBLE, DECLARED_CONFLICT, SAME_INSTITUTION }

    private final Set<Pair> conflicts;

    Eligibility(AssignmentProblem problem) {
        this.conflicts = problem.conflicts();
    }

    boolean eligible(Submission application, Reviewer reviewer) {
        return verdict(application, reviewer) == Verdict.ELIGIBLE;
    }

    /** The same, with both institution keys already computed (the hot path of large calls). */
    boolean eligible(Submission application, String applicationKey, Reviewer reviewer, String reviewerKey) {
        return (applicationKey.isEmpty() || !applicationKey.equals(reviewerKey))
                && !conflicts.contains(new Pair(application.id(), reviewer.id()));
    }

    Verdict verdict(Submission application, Reviewer reviewer) {
        if (sameInstitution(application.institution(), reviewer.institution())) {
            return Verdict.SAME_INSTITUTION;
        }
        if (conflicts.contains(new Pair(application.id(), reviewer.id()))) {
            return Verdict.DECLARED_CONFLICT;
        }
        return Verdict.ELIGIBLE;
    }

    static boolean sameInstitution(String a, String b) {
        return !a.isBlank() && institutionKey(a).equals(institutionKey(b));
    }

    static String institutionKey(String institution) {
        return institution.strip().toLowerCase(Locale.ROOT);
    }

    static boolean foreign(Reviewer reviewer, String homeCountry) {
        // An unknown country does not count as abroad.
        String country = reviewer.country().strip();
        return !country.isEmpty() && !country.equalsIgnoreCase(homeCountry.strip());
    }
}
