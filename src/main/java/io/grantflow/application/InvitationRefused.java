package io.grantflow.application;

import java.util.List;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;

/**
 * A co-applicant invitation that cannot be sent or opened, and why: the portal says it in the reader's language
 * (message {@code coapp.refused.<key>} with the arguments), a client that reads problem details gets the English.
 */
class InvitationRefused extends RuntimeException {

    /** Why: its message key, its HTTP status, the field the problem detail names, the API's English. */
    enum Reason {
        EMAIL("email", 400, "email", "is not an email address"),
        SELF("self", 400, "email", "is the applicant's own address"),
        TWICE("twice", 409, "email", "This address is already invited to the draft"),
        TOO_MANY("tooMany", 409, "email", "At most " + CoApplicants.MAX_PER_DRAFT + " co-applicants"),
        NO_DRAFT("noDraft", 409, "callId", "Save your draft before you invite co-applicants"),
        UNKNOWN("unknown", 404, "token", "No such invitation"),
        EXPIRED("expired", 409, "token", "This invitation has expired"),
        TAKEN("taken", 409, "token", "This invitation was accepted by another account"),
        OWN("own", 409, "token", "This is your own application: share the link with your co-applicant");

        final String key;
        final int status;
        final String field;
        final String english;

        Reason(String key, int status, String field, String english) {
            this.key = key;
            this.status = status;
            this.field = field;
            this.english = english;
        }

        /** The applicant's invite form was refused, rather than an invitation someone opened. */
        boolean ofTheInviteForm() {
            return !field.equals("token");
        }
    }

    private final Reason reason;
    private final List<Object> args;

    InvitationRefused(Reason reason, Object... args) {
        super(reason.english);
        this.reason = reason;
        this.args = List.of(args);
    }

    Reason reason() {
        return reason;
    }

    /** The arguments of the reader's message (an address, a date, a name). */
    Object[] args() {
        return args.toArray();
    }

    /** The refusal as the problem detail that a client which does not read pages gets: 400, 404 or 409. */
    RuntimeException asProblem() {
        return switch (reason.status) {
            case 400 -> new InvalidInputException(reason.field, reason.english);
            case 404 -> new NotFoundException(reason.english);
            default -> new ConflictException(reason.field, reason.english);
        };
    }
}
