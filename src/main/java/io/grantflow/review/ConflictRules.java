package io.grantflow.review;

import java.text.Normalizer;
import java.util.Locale;

import io.grantflow.application.Application;
import io.grantflow.application.Partner;
import io.grantflow.names.NameMatch;

/**
 * Hard conflicts of interest between an application and a reviewer: the applicant, the applicant's
 * own unit, a partner institution (collaborators), and anyone the applicant excluded by name (whatever its form,
 * see {@link NameMatch}) or institution. A name that only possibly matches is held out by {@link DoubtfulMatches}.
 * Declared conflicts and earlier refusals come from the database, see {@link ExcludedReviewers}.
 */
final class ConflictRules {

    private ConflictRules() {
    }

    static String conflict(Application a, ReviewerProfile r, String reviewerName) {
        if (r.userId().equals(a.applicantId())) {
            return "is the applicant";
        }
        String institution = normalise(r.institution());
        if (a.unitCode() != null && !a.unitCode().isBlank() && institution.contains(normalise(a.unitCode()))) {
            return "works in the applicant's unit";
        }
        for (Partner p : a.partners()) {
            if (institution.equals(normalise(p.institution()))) {
                return "works at the partner institution " + p.institution();
            }
        }
        for (String excluded : a.exclusions()) {
            String e = normalise(excluded);
            if (!e.isEmpty() && (NameMatch.of(excluded, reviewerName) == NameMatch.SAME || e.equals(institution) || institution.contains(e))) {
                return "excluded by the applicant";
            }
        }
        return null;
    }

    /** A rule's text as a conflict a page names in its own words: the rule, and the institution where one is named. */
    static ReviewerAssignmentService.Conflict asConflict(String applicationId, String reviewerId, String rule) {
        String partner = "works at the partner institution ";
        if (rule.startsWith(partner)) {
            return new ReviewerAssignmentService.Conflict(applicationId, reviewerId, "partner", rule.substring(partner.length()));
        }
        String code = switch (rule) {
            case "is the applicant" -> "applicant";
            case "works in the applicant's unit" -> "unit";
            default -> "excluded";
        };
        return new ReviewerAssignmentService.Conflict(applicationId, reviewerId, code, null);
    }

    /** Lower case, no accents, single spaces: "Université  de Lyon" and "universite de lyon" match. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
