package io.grantflow.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.EngineProblem;
import io.grantflow.problem.EngineRefusals;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A change sent to the engine's REST API (engine REST, and the API behind Tasklist and Cockpit) that a task listener
 * or delegate refuses as bad input answers 400 (or 409 for a clash with the current state) with the refusal's own
 * message, instead of the engine's 500 "exception while invoking the TaskListener". The body is a problem detail
 * that also carries "message", the field Tasklist shows beside its form. The engine's own exceptions that a
 * request causes by arriving at the wrong moment (a task claimed meanwhile, a concurrent second click) answer 409.
 */
class EngineRefusalFilter extends OncePerRequestFilter {

    /** Engine exceptions, by the type engine REST names, that a client causes by a clash with the current state. */
    private static final Set<String> CLASHES = Set.of("TaskAlreadyClaimedException", "OptimisticLockingException");

    private final ObjectMapper json;

    EngineRefusalFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRefusals.take();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            RuntimeException refusal = EngineRefusals.take();
            if (buffered.getStatus() >= 500) {
                if (refusal == null && isClash(buffered.getContentAsByteArray())) {
                    refusal = new ConflictException("task", "This task was changed by someone else meanwhile; reload it and try again");
                }
                if (refusal != null) {
                    buffered.resetBuffer();
                    writeProblem(buffered, refusal);
                }
            }
        } finally {
            EngineRefusals.take();
            buffered.copyBodyToResponse();
        }
    }

    private boolean isClash(byte[] body) {
        try {
            JsonNode error = json.readTree(body);
            return error != null && CLASHES.contains(error.path("type").asText());
        } catch (IOException notJson) {
            return false;
        }
    }

    private void writeProblem(HttpServletResponse response, RuntimeException refusal) throws IOException {
        if (refusal instanceof ConflictException clash) {
            EngineProblem.write(response, json, HttpStatus.CONFLICT, "Conflict", clash.getMessage(),
                    List.of(new FieldProblem(clash.field(), clash.getMessage())));
        } else if (refusal instanceof InvalidInputException invalid) {
            EngineProblem.write(response, json, HttpStatus.BAD_REQUEST, "Invalid input", plain(invalid), invalid.problems());
        } else {
            EngineProblem.write(response, json, HttpStatus.BAD_REQUEST, "Invalid input", refusal.getMessage(), List.of());
        }
    }

    /** What Tasklist shows a person: the reasons in words; the variables they concern stay in "errors". */
    private static String plain(InvalidInputException invalid) {
        String text = String.join("; ", invalid.problems().stream().map(FieldProblem::message).toList());
        return text.isEmpty() ? invalid.getMessage() : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<EngineRefusalFilter> engineRefusalFilter(ObjectMapper json) {
            FilterRegistrationBean<EngineRefusalFilter> registration = new FilterRegistrationBean<>(new EngineRefusalFilter(json));
            registration.setName("engine-refusals");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
