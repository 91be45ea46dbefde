package io.grantflow.problem;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A refusal answered in front of the engine's REST API (engine REST, and the API behind Tasklist): a problem detail
 * with the fields named, which also carries "message", the field Tasklist shows beside its form.
 */
public final class EngineProblem {

    private EngineProblem() {
    }

    public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title, String detail,
                             List<FieldProblem> errors) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("message", detail);
        problem.setProperty("errors", errors);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
