package io.grantflow.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Whether a request comes from a browser that reads pages, or from a client that reads problem details. */
public final class PageRequests {

    private PageRequests() {
    }

    /** A page of ours that the client asks for as HTML by name, as browsers do (not only as any type); never /api/. */
    public static boolean asksForPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> t.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(t));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
