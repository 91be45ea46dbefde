package io.grantflow.status;

import java.util.List;

/**
 * An application's status as its applicant reads it, already worded in the reader's language: what has happened
 * (each with its date, some with details such as the ineligibility reasons), what happens next, the reviewers'
 * comments once the decision is sent, and what the applicant must do and by when.
 */
public record PlainStatus(List<Happened> happened, String next, List<String> comments, List<ToDo> toDo) {

    /** Something that happened to the application; {@code date} is already formatted. */
    public record Happened(String text, String date, List<String> details) {
    }

    /** What the applicant must do: {@code kind} names the form the page offers beside it. */
    public record ToDo(Kind kind, String text) {
    }

    public enum Kind { ACCEPT_AWARD, ANNUAL_REPORT, FINAL_REPORT }

    /** Whether the applicant has this to do now (the page offers its form only then). */
    public boolean hasToDo(String kind) {
        return toDo.stream().anyMatch(t -> t.kind().name().equals(kind));
    }
}
