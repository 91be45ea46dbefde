package io.grantflow.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.problem.FieldProblem;
import io.grantflow.programme.Criterion;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Text;
import org.springframework.stereotype.Component;

/**
 * The review criteria of a call: those a manager gives when creating it, checked field by field, or else its
 * programme's. They are stored with the call, so that a later change of the programme's file does not change what
 * the call's reviewers have already scored; calls stored without criteria read as their programme's.
 */
@Component
class CallCriteria {

    static final int MAX_CRITERIA = 8;
    static final int MAX_LEVELS = 11;
    static final int MAX_TEXT_CHARS = 300;
    /** A criterion's id names its score in forms, variables and export columns: short, plain letters and digits. */
    static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]{0,29}");

    private static final TypeReference<List<Criterion>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    CallCriteria(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The criteria a new call gets: the request's, each problem added under its JSON path, or the programme's. */
    List<Criterion> choose(ProgrammeDefinition programme, List<Criterion> requested, List<FieldProblem> problems) {
        if (requested == null) {
            return programme.criteria();
        }
        if (programme.awardsPrizes()) {
            problems.add(new FieldProblem("criteria", "cannot be set for a prize: each juror gives one score per candidate"));
            return List.of();
        }
        List<FieldProblem> found = problems(requested);
        problems.addAll(found);
        return found.isEmpty() ? List.copyOf(requested) : List.of();
    }

    static List<FieldProblem> problems(List<Criterion> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            problems.add(new FieldProblem("criteria", "give 1 to " + MAX_CRITERIA + " criteria, or none for the programme's"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            String at = "criteria[" + i + "]";
            Criterion c = criteria.get(i);
            if (c == null) {
                problems.add(new FieldProblem(at, "is required"));
                continue;
            }
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                problems.add(new FieldProblem(at + ".id", "is required: a letter a-z, then up to 29 letters or digits (e.g. impact2)"));
            } else if (!ids.add(c.id())) {
                problems.add(new FieldProblem(at + ".id", "'" + c.id() + "' is the id of another criterion of the call"));
            }
            text(problems, at + ".name", c.name());
            if (c.weight() == null || c.weight().signum() <= 0) {
                problems.add(new FieldProblem(at + ".weight", "is required, a number more than 0"));
            }
            if (c.levels() == null || c.levels().size() < 2 || c.levels().size() > MAX_LEVELS) {
                problems.add(new FieldProblem(at + ".levels", "give 2 to " + MAX_LEVELS + " levels, each score with what it means"));
                continue;
            }
            for (Map.Entry<Integer, Text> level : c.levels().entrySet()) {
                String levelAt = at + ".levels." + level.getKey();
                if (level.getKey() < 0 || level.getKey() > 100) {
                    problems.add(new FieldProblem(levelAt, "a level is a whole number from 0 to 100"));
                }
                text(problems, levelAt, level.getValue());
            }
            BigDecimal threshold = c.threshold();
            if (threshold != null && (threshold.compareTo(BigDecimal.valueOf(c.lowestLevel())) < 0
                    || threshold.compareTo(BigDecimal.valueOf(c.highestLevel())) > 0)) {
                problems.add(new FieldProblem(at + ".threshold", "must lie within the levels, from " + c.lowestLevel()
                        + " to " + c.highestLevel()));
            }
        }
        return problems;
    }

    /** The criteria in a line a manager reads in the audit trail: "Feasibility ×2 (threshold 3); Impact ×1". */
    static String summary(List<Criterion> criteria) {
        return String.join("; ", criteria.stream().map(c -> c.name().en() + " ×" + c.weight().stripTrailingZeros().toPlainString()
                + (c.threshold() == null ? "" : " (threshold " + c.threshold().stripTrailingZeros().toPlainString() + ")")).toList());
    }

    String write(List<Criterion> criteria) {
        try {
            return mapper.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Criterion> read(ProgrammeDefinition programme, String json) {
        if (json == null) {
            return programme.criteria();
        }
        try {
            return List.copyOf(mapper.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criteria of a call are not valid JSON", e);
        }
    }

    private static void text(List<FieldProblem> problems, String at, Text text) {
        language(problems, at + ".en", text == null ? null : text.en(), "in English");
        language(problems, at + ".fr", text == null ? null : text.fr(), "in French");
    }

    private static void language(List<FieldProblem> problems, String at, String value, String inLanguage) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(at, "is required, " + inLanguage));
        } else if (value.length() > MAX_TEXT_CHARS) {
            problems.add(new FieldProblem(at, "is longer than " + MAX_TEXT_CHARS + " characters"));
        }
    }
}
