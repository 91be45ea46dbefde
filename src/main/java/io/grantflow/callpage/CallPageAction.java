package io.grantflow.callpage;

/** What the call's page offers its reader, each with its sentence ({@code callpage.action.<name>}). */
enum CallPageAction {
    /** An applicant, on an open grant call. */
    APPLY,
    /** A member of a nominator group, on an open prize edition. */
    NOMINATE,
    /** Nobody is logged in: log in or create an account first. */
    LOG_IN,
    /** Logged in without an applicant account (a manager, a reviewer). */
    NOT_APPLICANT,
    /** Logged in, but in none of the edition's nominator groups. */
    NOT_NOMINATOR,
    /** The call has not opened yet. */
    UPCOMING,
    /** The call has closed. */
    CLOSED
}
