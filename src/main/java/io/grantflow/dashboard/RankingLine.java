package io.grantflow.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.grantflow.decision.CriterionMean;
import io.grantflow.decision.RankedApplication;
import io.grantflow.programme.Criterion;
import io.grantflow.review.Review;

/**
 * One line of the committee's export: an application's place in the ranking with its mean on each criterion of the
 * call and their weighted mean, and one of its reviews (numbered, without the reviewer's name) with its score on
 * each criterion. An application without a review has one line with the review cells empty. The calibrated mean
 * (corrected for each reviewer's leniency) stands beside the weighted mean, empty when calibration is not possible.
 * The last columns hold the consensus report of the reviewers' discussion and the applicant's reply to the reviews,
 * where there are any, on each line of the application.
 */
record RankingLine(RankedApplication ranked, Double calibratedMean, Integer reviewNumber, Review review, String consensusReport,
                   String reply) {

    /** rank ... mean_&lt;criterion&gt;... weighted_mean ... &lt;criterion&gt;... comments: a column per criterion, twice. */
    static List<String> headers(List<Criterion> criteria) {
        List<String> headers = new ArrayList<>(List.of("rank", "application_id", "title", "requested_eur", "reviews"));
        criteria.forEach(c -> headers.add("mean_" + c.id()));
        headers.addAll(List.of("weighted_mean", "calibrated_mean", "proposed_for_funding", "fundable", "review"));
        criteria.forEach(c -> headers.add(c.id()));
        headers.addAll(List.of("comment_for_applicant", "comment_for_committee", "consensus_report", "applicant_reply"));
        return headers;
    }

    List<Object> cells() {
        List<Object> cells = new ArrayList<>(Arrays.asList(ranked.rank(), ranked.applicationId(), ranked.title(),
                ranked.budgetEur(), ranked.reviews()));
        ranked.criteria().forEach(m -> cells.add(m.mean()));
        cells.addAll(Arrays.asList(ranked.mean(), calibratedMean, ranked.proposedForFunding(), ranked.fundable(), reviewNumber));
        for (CriterionMean m : ranked.criteria()) {
            cells.add(review == null ? null : review.score(m.id()));
        }
        cells.add(review == null ? null : review.commentForApplicant());
        cells.add(review == null ? null : review.confidentialComment());
        cells.add(consensusReport);
        cells.add(reply);
        return cells;
    }
}
