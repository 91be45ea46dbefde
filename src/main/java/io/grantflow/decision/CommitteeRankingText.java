package io.grantflow.decision;

import java.math.BigDecimal;
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
import io.grantflow.process.WordedFormValues;
import io.grantflow.programme.Criterion;
import io.grantflow.reply.ReplyService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the committee's form shows in words of a call's ranking, in a reader's language: the tables' columns and
 * rows (ties, why an application cannot be funded), the choices with their means and amounts, the ties and the
 * calibration's explanation. The ranking delegate writes them in English for the process; each time the task is
 * created or claimed, they are written again on the task in its reader's language.
 */
@Component
class CommitteeRankingText implements WordedFormValues {

    private final FundingDecisionService decisions;
    private final CallService calls;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final ReplyService replies;
    private final String baseUrl;

    CommitteeRankingText(FundingDecisionService decisions, CallService calls, MessageSource messages, ObjectMapper json,
                         ReplyService replies, @Value("${grantflow.base-url}") String baseUrl) {
        this.replies = replies;
        this.baseUrl = baseUrl;
        this.decisions = decisions;
        this.calls = calls;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Set<String> forms() {
        return Set.of("committee-ranking");
    }

    @Override
    public Map<String, Object> values(DelegateTask task, Locale language) {
        return values(calls.get(String.valueOf(task.getVariable("callId"))), language);
    }

    Map<String, Object> values(Call call, Locale language) {
        List<RankedApplication> ranking = decisions.rank(call.id());
        Set<Integer> tiedRanks = RankingTies.tiedRanks(ranking);
        ScoreCalibration calibration = decisions.calibration(call.id());
        Map<String, Object> values = new LinkedHashMap<>();
        // each option carries its amount, so that the form adds up what is ticked as the committee ticks it
        values.put("rankingOptions", jsonValue(ranking.stream().filter(RankedApplication::fundable)
                .map(r -> Map.<String, Object>of("value", r.applicationId(), "budget", r.budgetEur(), "label",
                        text("committee.option", language, r.rank(), r.title(), String.format(language, "%.2f", r.mean()),
                                amount(r.budgetEur(), language))))
                .toList()));
        // where the applicants could reply: whether each did, and a link to the page where the reply stands beside the reviews
        boolean replyAsked = replies.closesAt(call.id()).isPresent();
        Set<String> replied = replyAsked ? replies.repliedApplications(call.id()) : Set.of();
        values.put("ranking", jsonValue(ranking.stream().map(r -> row(r, tiedRanks, language)).toList()));
        values.put("rankingColumns", jsonValue(List.of(column("rank", "rank", language), column("title", "title", language),
                column("mean", "mean", language), column("budgetEur", "budget", language), column("fundable", "fundable", language))));
        values.put("replySummary", replyAsked ? replySummary(ranking, replied, language) : "");
        values.put("calibrationNote", calibration.possible()
                ? messages.getMessage("calibration.explain", new Object[] {calibration.sharedReviewers()}, language)
                : messages.getMessage("calibration.notPossible", null, language));
        values.put("criterionMeans", jsonValue(ranking.stream().map(r -> criterionRow(r, calibration)).toList()));
        values.put("criterionColumns", jsonValue(criterionColumns(call.criteria(), calibration.possible(), language)));
        values.put("rankingTies", RankingTies.groups(ranking).stream()
                .map(tie -> text("committee.tieAt", language, number(tie.get(0).mean(), language),
                        tie.stream().map(r -> r.rank() + ". " + r.title()).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(" ")));
        return values;
    }

    /**
     * Which applications replied, each a link to its page where the reply stands beside the reviews, and which did not.
     * Only ranks and our own links go into this Markdown: an applicant's title could otherwise write a link of its own.
     */
    private String replySummary(List<RankedApplication> ranking, Set<String> replied, Locale language) {
        String links = ranking.stream().filter(r -> replied.contains(r.applicationId()))
                .map(r -> "[" + text("committee.reply.link", language, r.rank()) + "](" + baseUrl + "/portal/applications/"
                        + r.applicationId() + "#reply)")
                .collect(Collectors.joining(" · "));
        String without = ranking.stream().filter(r -> !replied.contains(r.applicationId()))
                .map(r -> String.valueOf(r.rank())).collect(Collectors.joining(", "));
        return (links.isEmpty() ? "" : links + ". ") + (without.isEmpty() ? "" : text("committee.reply.none", language, without));
    }

    /**
     * The criteria table's columns: rank, the weighted mean and beside it the calibrated one (when the reviewers'
     * leniency could be estimated), each criterion (with its weight and threshold), the number of reviews.
     */
    private List<Map<String, String>> criterionColumns(List<Criterion> criteria, boolean calibrated, Locale language) {
        List<Map<String, String>> columns = new ArrayList<>(List.of(column("rank", "rank", language), column("mean", "mean", language)));
        if (calibrated) {
            columns.add(column("calibrated", "calibrated", language));
        }
        for (Criterion c : criteria) {
            String weight = number(c.weight().doubleValue(), language);
            columns.add(Map.of("key", "criterion_" + c.id(), "label", c.threshold() == null
                    ? text("committee.criterion", language, c.name().in(language), weight)
                    : text("committee.criterion.threshold", language, c.name().in(language), weight,
                    number(c.threshold().doubleValue(), language))));
        }
        columns.add(column("reviews", "reviews", language));
        return columns;
    }

    /** The rank, or the rank with "(tie)" when another application has the same weighted mean. */
    private Map<String, Object> row(RankedApplication r, Set<Integer> tiedRanks, Locale language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", tiedRanks.contains(r.rank()) ? r.rank() + " " + text("committee.tie", language) : String.valueOf(r.rank()));
        row.put("title", r.title());
        row.put("mean", r.mean());
        row.put("budgetEur", r.budgetEur());
        row.put("fundable", fundable(r, language));
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
    private String fundable(RankedApplication r, Locale language) {
        if (r.fundable()) {
            return text("committee.fundable.yes", language);
        }
        if (r.reviews() == 0) {
            return text("committee.fundable.noReview", language);
        }
        return text("committee.fundable.below", language, r.belowThreshold().stream()
                .map(m -> m.name().in(language) + " " + number(m.mean(), language) + " < " + number(m.threshold().doubleValue(), language))
                .collect(Collectors.joining(", ")));
    }

    private Map<String, String> column(String key, String name, Locale language) {
        return Map.of("key", key, "label", text("committee.column." + name, language));
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** 2.5, 3, 0.5 (2,5 in French): a figure as the committee reads it. */
    private static String number(double value, Locale language) {
        String plain = FundingDecisionService.plain(value);
        return "fr".equals(language.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private static String amount(BigDecimal value, Locale language) {
        String plain = value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return "fr".equals(language.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private Object jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
