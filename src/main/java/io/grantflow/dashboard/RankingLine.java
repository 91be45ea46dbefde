package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the committee's export: an application's place in the ranking with its mean scores, and one of
 * its reviews (numbered, without the reviewer's name). An application without a review has one line with
 * the review cells empty.
 */
record RankingLine(int rank, String applicationId, String title, BigDecimal requestedEur, int reviews, double meanQuality,
                   double meanFeasibility, double meanCollaboration, double mean, boolean proposedForFunding,
                   Integer reviewNumber, Integer quality, Integer feasibility, Integer collaboration,
                   String commentForApplicant, String confidentialComment) {

    static final List<String> HEADERS = List.of("rank", "application_id", "title", "requested_eur", "reviews",
            "mean_quality", "mean_feasibility", "mean_collaboration", "mean", "proposed_for_funding",
            "review", "quality", "feasibility", "collaboration", "comment_for_applicant", "comment_for_committee");

    List<Object> cells() {
        return Arrays.asList(rank, applicationId, title, requestedEur, reviews, meanQuality, meanFeasibility,
                meanCollaboration, mean, proposedForFunding, reviewNumber, quality, feasibility, collaboration,
                commentForApplicant, confidentialComment);
    }
}
