package io.grantflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

import io.grantflow.problem.InvalidInputException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Refuses query parameters, form fields and multipart text parts that are not strict UTF-8, naming the field:
 * Tomcat would decode them with replacement characters and the damage would be stored. Multipart text parts
 * are checked byte by byte; the rest only reaches us decoded, so a replacement character (U+FFFD) is refused.
 * JSON bodies and parts are checked by {@link StrictUtf8JsonAdvice}; files (parts with a file name) by what
 * reads them. Runs once Spring has parsed the multipart body, so a body it cannot read keeps its own answer.
 */
class StrictUtf8Forms implements HandlerInterceptor {

    /** What Tomcat makes of bytes that are not UTF-8 in a query string or form body. */
    private static final char REPLACEMENT = '\uFFFD';

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, ServletException {
        if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null && !isUtf8(part)) {
                    throw new InvalidInputException(part.getName(), "is not valid UTF-8");
                }
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf(REPLACEMENT) >= 0
                    || Arrays.stream(parameter.getValue()).anyMatch(v -> v.indexOf(REPLACEMENT) >= 0)) {
                throw new InvalidInputException(parameter.getKey(), "is not valid UTF-8");
            }
        }
        return true;
    }

    private static boolean isUtf8(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return Utf8.isStrict(in.readAllBytes());
        }
    }
}
