package io.grantflow.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.Cookie;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat itself refuses before the application sees the request (an undecodable URL, a backslash in
 * the path) is answered as a problem detail too, instead of Tomcat's HTML error page; a browser asking for
 * a page gets the portal's error page in its language instead, as {@link HtmlErrorPages} gives it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reason = StringManager.getManager("org.apache.catalina.valves").getString("http." + status + ".reason");
        String title = reason == null || reason.startsWith("Cannot find") ? "Error" : reason;
        String detail = response.getMessage() == null || response.getMessage().isBlank() ? title : response.getMessage();
        try {
            if (PageRequests.asksForPage(request)) {
                page(request, response, status);
                return;
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + escape(detail) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: nothing more to say.
        }
    }

    /** A plain page: Spring's views are out of reach here, so the messages are read as a resource bundle. */
    private static void page(Request request, Response response, int status) throws IOException {
        Locale locale = language(request);
        ResourceBundle messages = ResourceBundle.getBundle("i18n/messages", locale, ProblemErrorReportValve.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String kind = status >= 500 ? "500" : status == 404 || status == 405 || status == 413 ? Integer.toString(status) : "400";
        String title = HtmlUtils.htmlEscape(messages.getString("error." + kind + ".title"));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · Grantflow</title>"
                    + "<link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body><header><a class=\"brand\" href=\"/\">Grantflow</a></header>"
                    + "<main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(messages.getString("error." + kind + ".text")) + "</p>"
                    + "<p><a class=\"button\" href=\"/\" id=\"home\">" + HtmlUtils.htmlEscape(messages.getString("error.home"))
                    + "</a></p></main></body></html>");
            response.finishResponse();
        }
    }

    /** The portal's choice (its cookie), else the browser's; English unless French. */
    private static Locale language(Request request) {
        String chosen = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(WebConfig.LANGUAGE_COOKIE)) {
                    chosen = cookie.getValue();
                }
            }
        }
        String language = chosen != null ? chosen : request.getLocale().getLanguage();
        return language.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
