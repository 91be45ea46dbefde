package io.grantflow.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.problem.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser that asks for a page gets a page when it is refused or the page is not found: in the reader's
 * language, saying what happened in plain words, with a way back; never the API's problem detail. The JSON
 * API (/api/**, and any client that does not ask for HTML) keeps its problem details.
 * <p>
 * The status is sent as an error, so that Spring Boot's error controller renders it, as it renders what
 * Spring Security refuses (403) and what fails unexpectedly (500), with {@code templates/error.html}.
 */
@Component
class HtmlErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    /** The statuses the page explains in their own words; others as a refused request or a server error. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        Integer status = statusOf(e);
        if (status == null || !PageRequests.asksForPage(request)) {
            return null;
        }
        try {
            response.sendError(status);
        } catch (java.io.IOException | IllegalStateException gone) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("kind", EXPLAINED.contains(status.value()) ? status.value() : status.is5xxServerError() ? 500 : 400);
        return new ModelAndView("error", page, status);
    }

    /** Before Spring's own resolvers, which would answer with a problem detail; after Spring Boot's, which records the error. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    private static Integer statusOf(Exception e) {
        if (e instanceof ErrorResponse refused) {
            return refused.getStatusCode().value();
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof InvalidInputException || e instanceof MultipartException) {
            return 400;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return e instanceof PayloadTooLargeException ? 413 : null;
    }
}
