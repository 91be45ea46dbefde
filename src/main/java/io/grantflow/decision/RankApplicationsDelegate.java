package io.grantflow.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.programme.Criterion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prepares the committee's task: the ranking table with a column per criterion of the call, the checklist of the
 * applications that may be funded and the proposed funded list (JSON variables that the Camunda Form reads).
 */
@Component("rankApplicationsDelegate")
class RankApplicationsDelegate implements JavaDelegate {

    private final FundingDecisionService decisions;
    private final CallService calls;
    private final ObjectMapper json;
    private final MessageSource messages;

    RankApplicationsDelegate(FundingDecisionService decisions, CallService calls, ObjectMapper json, MessageSource messages) {
        this.decisions = decisions;
        this.calls = calls;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Call call = calls.get((String) execution.getVariable("callId"));
        List<RankedApplication> ranking = decisions.rank(call.id());
        Set<Integer> tiedRanks = RankingTies.tiedRanks(ranking);
        ScoreCalibration calibration = decisions.calibration(call.id());
        // each option carries its amount, so that the form adds up what is ticked as the committee ticks it
        List<Map<String, Object>> options = ranking.stream().filter(RankedApplication::fundable)
                .map(r -> Map.<String, Object>of("value", r.applicationId(), "budget", r.budgetEur(), "label",
                        String.format(Locale.ROOT, "%d. %s (mean %.2f, %s EUR)", r.rank(), r.title(), r.mean(), r.budgetEur().toPlainString())))
                .toList();
        List<String> proposed = ranking.stream().filter(RankedApplication::proposedForFunding).map(RankedApplication::applicationId).toList();
        execution.setVariable("ranking", jsonValue(ranking.stream().map(r -> row(r, tiedRanks)).toList()));
        execution.setVariable("rankingColumns", jsonValue(COLUMNS));
        // the committee's form is in English, as the rest of its text
        execution.setVariable("calibrationNote", calibration.possible()
                ? messages.getMessage("calibration.explain", new Object[] {calibration.sharedReviewers()}, Locale.ENGLISH)
                : messages.getMessage("calibration.notPossible", null, Locale.ENGLISH));
        execution.setVariable("criterionMeans", jsonValue(ranking.stream().map(r -> criterionRow(r, calibration)).toList()));
        execution.setVariable("criterionColumns", jsonValue(criterionColumns(call.criteria(), calibration.possible())));
        execution.setVariable("rankingOptions", jsonValue(options));
        execution.setVariable("fundedApplicationIds", jsonValue(proposed));
        execution.setVariable("envelopeEur", call.envelopeEur().toPlainString());
        execution.setVariable("envelopeAmount", call.envelopeEur().doubleValue());
        execution.setVariable("rankingTies", RankingTies.describe(ranking));
    }

    /**
     * The main table: what the committee compares, narrow enough to be read whole on a laptop (1366 px) beside
     * Tasklist's lists; the mean of each criterion has a table of its own below.
     */
    static final List<Map<String, String>> COLUMNS = List.of(column("rank", "Rank"), column("title", "Application"),
            column("mean", "Weighted mean"), column("budgetEur", "Amount (EUR)"), column("fundable", "Fundable"));

    /**
     * The criteria table's columns: rank, the weighted mean and beside it the calibrated one (when the reviewers'
     * leniency could be estimated), each criterion (with its weight and threshold), the number of reviews.
     */
    static List<Map<String, String>> criterionColumns(List<Criterion> criteria, boolean calibrated) {
        List<Map<String, String>> columns = new ArrayList<>(List.of(column("rank", "Rank"), column("mean", "Weighted mean")));
        if (calibrated) {
            columns.add(column("calibrated", "Calibrated mean"));
        }
        for (Criterion c : criteria) {
            columns.add(column("criterion_" + c.id(), c.name().en() + " ×" + FundingDecisionService.plain(c.weight())
                    + (c.threshold() == null ? "" : ", at least " + FundingDecisionService.plain(c.threshold()))));
        }
        columns.add(column("reviews", "Reviews"));
        return columns;
    }

    /** "2", or "2 (tie)" when another application has the same weighted mean. */
    private static Map<String, Object> row(RankedApplication r, Set<Integer> tiedRanks) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", tiedRanks.contains(r.rank()) ? r.rank() + " (tie)" : String.valueOf(r.rank()));
        row.put("title", r.title());
        row.put("mean", r.mean());
        row.put("budgetEur", r.budgetEur());
        row.put("fundable", fundable(r));
        return row;
    }

    private static Map<String, Object> criterionRow(RankedApplication r, ScoreCalibration calibration) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", r.rank());
        row.put("mean", r.mean());
        Double calibrated = calibration.meanOf(r.applicationId());
        row.put("calibrated", calibrated == null ? "–" : calibrated);
        r.criteria().forEach(m -> row.put("criterion_" + m.id(), m.mean()));
        row.put("reviews", r.reviews());
        return row;
    }

    /** "yes", or in short why not: "no: Feasibility 2 < 2.5". */
    private static String fundable(RankedApplication r) {
        if (r.fundable()) {
            return "yes";
        }
        return r.reviews() == 0 ? "no: no review" : "no: " + r.belowThreshold().stream()
                .map(m -> m.name().en() + " " + FundingDecisionService.plain(m.mean()) + " < "
                        + FundingDecisionService.plain(m.threshold()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> column(String key, String label) {
        return Map.of("key", key, "label", label);
    }

    private TypedValue jsonValue(Object value) throws JsonProcessingException {
        return SpinValues.jsonValue(json.writeValueAsString(value)).create();
    }
}
