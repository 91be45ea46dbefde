package io.grantflow.identity;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.problem.EngineProblem;
import io.grantflow.problem.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with the values of its form and nothing else, through engine REST and through Tasklist
 * alike: a variable that is not an input field of the task's Camunda Form (an invitation id, an application id,
 * the outcome a gateway reads) is refused with 400 before the engine sees it. Authorizations decide who may
 * complete a task; this decides what a completion may carry. A task that is not open any more (completed by a
 * first click, withdrawn, or never the caller's to see) answers 409 with a plain message.
 */
class TaskSubmissionFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION =
            Pattern.compile("/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)");

    private final TaskFormFields fields;
    private final ObjectMapper json;

    TaskSubmissionFilter(TaskFormFields fields, ObjectMapper json) {
        this.fields = fields;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = COMPLETION.matcher(pathOf(request));
        task.matches();
        byte[] body = request.getInputStream().readAllBytes();
        if (!fields.isOpen(task.group(1))) {
            EngineProblem.write(response, json, HttpStatus.CONFLICT, "Conflict",
                    "This task is not open any more: it was completed or withdrawn", List.of());
            return;
        }
        List<String> refused = refusedVariables(task.group(1), body);
        if (!refused.isEmpty()) {
            EngineProblem.write(response, json, HttpStatus.BAD_REQUEST, "Invalid input",
                    "This task takes only the fields of its form; not accepted: " + String.join(", ", refused),
                    refused.stream().map(name -> new FieldProblem(name, "is not a field of this task's form")).toList());
            return;
        }
        chain.doFilter(new BodyAgain(request, body), response);
    }

    /** The submitted variables that are not inputs of the task's form; none when the engine is to answer itself. */
    private List<String> refusedVariables(String taskId, byte[] body) {
        JsonNode variables;
        try {
            variables = body.length == 0 ? null : json.readTree(body).path("variables");
        } catch (IOException unreadable) {
            return List.of(); // the engine answers a body it cannot read with 400 itself
        }
        if (variables == null || !variables.isObject() || variables.isEmpty()) {
            return List.of();
        }
        Set<String> inputs = fields.inputsOf(taskId).orElse(null);
        if (inputs == null) {
            return List.of(); // a task the caller may not see: the engine answers 403 or 404
        }
        List<String> refused = new ArrayList<>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!inputs.contains(name)) {
                refused.add(name);
            }
        });
        return refused;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body readable once more, for the engine. */
    private static final class BodyAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<TaskSubmissionFilter> taskSubmissionFilter(TaskFormFields fields, ObjectMapper json) {
            FilterRegistrationBean<TaskSubmissionFilter> registration = new FilterRegistrationBean<>(new TaskSubmissionFilter(fields, json));
            registration.setName("task-submissions");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
            return registration;
        }
    }
}
