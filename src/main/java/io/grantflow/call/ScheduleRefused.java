package io.grantflow.call;

import java.util.Map;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;

/**
 * A change of a call's dates, title or envelope refused: each field with the reason, in English for the API and by
 * the reason's name ({@code calls.schedule.refused.<reason>}) for the manager's page in its language.
 */
public class ScheduleRefused extends InvalidInputException {

    public enum Reason {
        CLOSED("has closed: its title, dates and envelope no longer change"),
        NOT_UPCOMING("is open already: it cannot be opened again"),
        NOT_OPEN_YET("has not opened yet: change its dates instead"),
        ALREADY_CLOSED("has already closed"),
        REQUIRED("is required"),
        TOO_LONG("is longer than 300 characters"),
        OPENING_FIXED("cannot change: the call is open"),
        OPENING_PAST("is in the past: open the call now instead"),
        CLOSING_BEFORE_OPENING("must be after the opening"),
        CLOSING_PAST("is in the past: close the call now instead"),
        NOT_POSITIVE("must be a positive amount");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }

    private final Map<String, Reason> reasons;

    ScheduleRefused(Map<String, Reason> reasons) {
        super(reasons.entrySet().stream().map(r -> new FieldProblem(r.getKey(), r.getValue().english)).toList());
        this.reasons = Map.copyOf(reasons);
    }

    ScheduleRefused(String field, Reason reason) {
        this(Map.of(field, reason));
    }

    /** Each refused field with its reason. */
    public Map<String, Reason> reasons() {
        return reasons;
    }
}
