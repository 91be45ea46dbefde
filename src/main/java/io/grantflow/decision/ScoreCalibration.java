package io.grantflow.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibrated weighted mean of each ranked application (two decimals, as the raw ones), when calibration is
 * possible: some reviewers reviewed several of the applications, so that their leniency can be compared.
 * {@code sharedReviewers} counts the reviewers of more than one application.
 */
public record ScoreCalibration(boolean possible, int sharedReviewers, Map<String, Double> calibratedMeans) {

    static ScoreCalibration of(ReviewerCalibration.Result result) {
        Map<String, Double> means = new LinkedHashMap<>();
        if (result.possible()) {
            result.calibratedMeans().forEach((id, mean) -> means.put(id, FundingDecisionService.round(mean)));
        }
        return new ScoreCalibration(result.possible(), result.sharedReviewers(), Map.copyOf(means));
    }

    /** The application's calibrated mean, or null when there is none (no calibration, or no review). */
    public Double meanOf(String applicationId) {
        return calibratedMeans.get(applicationId);
    }
}
