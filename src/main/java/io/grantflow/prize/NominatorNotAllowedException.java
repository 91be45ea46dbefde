package io.grantflow.prize;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A nominator outside the edition's allowed classes: 403, with the field named like every other refusal. */
class NominatorNotAllowedException extends ErrorResponseException {

    NominatorNotAllowedException(List<String> allowedGroups) {
        super(HttpStatus.FORBIDDEN, problem(allowedGroups), null);
    }

    private static ProblemDetail problem(List<String> allowedGroups) {
        String detail = "Only members of " + String.join(", ", allowedGroups) + " may nominate for this edition";
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        pd.setTitle("Not an allowed nominator");
        pd.setProperty("errors", List.of(Map.of("field", "nominator", "message", detail)));
        return pd;
    }
}
