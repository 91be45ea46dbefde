package io.grantflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Our own paths only. Camunda's webapps keep their own login and CSRF handling, and /engine-rest gets
 * Camunda's own authentication filter, so that authorizations apply to every REST call.
 */
@Configuration
class SecurityConfig {

    /** The portal's pages: scripts, styles and forms from Grantflow itself only; no inline script or style. */
    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles and draws its icons from data: URLs; its scripts are still files of ours. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers load nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.realmName("Grantflow"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/calls", "/api/calls/*", "/api/programmes").permitAll()
                        .requestMatchers("/api/programmes/refused").hasAnyRole("MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/register").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/calls").hasRole("MANAGER")
                        .requestMatchers("/api/notifications/**", "/api/processes/**").hasRole("MANAGER")
                        .requestMatchers("/api/calls/*/ranking", "/api/calls/*/assignments", "/api/calls/*/panel",
                                "/api/calls/*/pins", "/api/calls/*/doubtful-exclusions/**", "/api/calls/*/audit").hasRole("MANAGER")
                        .requestMatchers("/api/calls/*/schedule", "/api/calls/*/open", "/api/calls/*/close",
                                "/api/calls/*/criteria").hasRole("MANAGER")
                        .requestMatchers("/api/calls/*/bidding", "/api/calls/*/bids/*").hasRole("REVIEWER")
                        .requestMatchers("/api/dashboard/**", "/api/calls/*/dashboard/**", "/api/calls/*/exports/**").hasRole("MANAGER")
                        .requestMatchers("/actuator/**").hasAnyRole("MANAGER", "ADMIN")
                        .requestMatchers("/api/prize/offers/*", "/api/prize/laureates/*").permitAll()
                        .requestMatchers("/api/prize/editions/**").hasRole("MANAGER")
                        .requestMatchers("/api/applications/*/agreement/**").hasRole("MANAGER")
                        .requestMatchers("/api/reviewers", "/api/reviewers/**").hasRole("MANAGER")
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, UserDirectory users, LocaleResolver locales, ProcessEngine engine,
                               CamundaIdentityAuthenticationProvider logins) throws Exception {
        http.securityMatcher("/", "/portal/**", "/login", "/logout", "/register", "/account/forgotten", "/css/**", "/favicon.ico",
                        "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/error")
                .headers(SecurityConfig::portalHeaders)
                .addFilterBefore(new WebappLoginFilter(engine, logins), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(new LanguageOnLogin(users, locales)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/register", "/login", "/account/forgotten", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/portal/dashboard/**", "/portal/outbox/**", "/portal/processes/**").hasRole("MANAGER")
                        .requestMatchers("/portal/calls/new", "/portal/calls/*/settings").hasRole("MANAGER")
                        .requestMatchers("/portal/calls/*/schedule", "/portal/calls/*/open", "/portal/calls/*/close",
                                "/portal/calls/*/criteria").hasRole("MANAGER")
                        .requestMatchers(HttpMethod.GET, "/portal/calls/*").permitAll()
                        .requestMatchers("/portal/reviewers", "/portal/reviewers/**").hasRole("MANAGER")
                        .requestMatchers("/portal/bidding", "/portal/calls/*/bidding").hasRole("REVIEWER")
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * Pages behind a one-time link mailed to someone without an account (a partner signing an IRP agreement,
     * a prize laureate answering) or without a password yet (a reviewer a manager added): the token in the path is the credential. No login and no session, hence
     * no CSRF token to check.
     */
    @Bean
    @Order(3)
    SecurityFilterChain tokenLinks(HttpSecurity http) throws Exception {
        http.securityMatcher("/agreement/sign/**", "/prize/offers/**",
                        "/account/password/**")
                .headers(SecurityConfig::portalHeaders)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * Spring Security's defaults (nosniff, frame denial, HSTS on HTTPS requests) and a Content-Security-Policy:
     * the portal's own, or the looser one that Swagger UI needs on its pages.
     */
    private static void portalHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swagger = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger, new ContentSecurityPolicyHeaderWriter(SWAGGER_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(PORTAL_POLICY)));
    }

    /** Before every check of a password: Spring Security's, the engine REST API's and the webapps' own. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper json, MessageSource messages,
                                                            LocaleResolver locales) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, json, messages, locales));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/*");
        // after the character encoding filter, so that a user id read from a form is decoded as the login will be
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // before the filters that read a request's task, so that they see it with the caller's authorizations
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }
}
