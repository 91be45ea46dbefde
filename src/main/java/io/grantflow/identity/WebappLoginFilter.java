package io.grantflow.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The documents that Tasklist's forms link to (a proposal's PDF, an application's page) open in a new tab of the
 * portal without a second login. Whoever clicks such a link has just logged in to Tasklist, and Camunda's webapps keep
 * that login in the servlet session the portal shares; so, for these reading requests only, the webapp's login counts
 * as the portal's. It holds for the one request and is never stored: logging out of Tasklist ends it, and the
 * portal's own login and logout are untouched. The link itself is a plain relative path that carries no credential:
 * the portal checks, as for any of its users, that the document is the reader's (the reviewer assigned to the
 * application, a programme manager), so a link passed on to another reviewer or to someone not logged in is refused.
 * A signed link was the other way; it would be a credential anyone holding the link could use, and it would expire
 * while a reviewer still reads.
 */
class WebappLoginFilter extends OncePerRequestFilter {

    /** The portal's pages that Tasklist's forms link to. */
    static final RequestMatcher LINKED_FROM_TASKLIST = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/portal/reviews/*/proposal"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/portal/applications/*"));

    private final ProcessEngine engine;
    private final CamundaIdentityAuthenticationProvider logins;

    WebappLoginFilter(ProcessEngine engine, CamundaIdentityAuthenticationProvider logins) {
        this.engine = engine;
        this.logins = logins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LINKED_FROM_TASKLIST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext portal = SecurityContextHolder.getContext();
        String webappUser = portal.getAuthentication() == null ? webappUserOf(request.getSession(false)) : null;
        if (webappUser == null) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext forThisRequest = SecurityContextHolder.createEmptyContext();
        forThisRequest.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(webappUser, null,
                logins.rolesOf(webappUser)));
        SecurityContextHolder.setContext(forThisRequest);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(portal);
        }
    }

    /** The user logged in to Camunda's webapps on this engine in this session, if any. */
    private String webappUserOf(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = webapp == null ? null : webapp.getAuthenticationForProcessEngine(engine.getName());
        return login == null ? null : login.getIdentityId();
    }
}
