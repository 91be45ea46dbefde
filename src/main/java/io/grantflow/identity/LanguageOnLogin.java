package io.grantflow.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Once logged in, the portal speaks the language of the account (the one its mail comes in), whatever the
 * browser prefers; the EN · FR switch still changes it afterwards. Then on to the page asked for before
 * logging in, or home: the dashboard for a programme manager, the applications for everyone else.
 */
final class LanguageOnLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserDirectory users;
    private final LocaleResolver locales;

    LanguageOnLogin(UserDirectory users, LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
        setDefaultTargetUrl("/portal/applications");
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean manager = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Groups.roleOf(Groups.MANAGERS)));
        return manager ? "/portal/dashboard" : super.determineTargetUrl(request, response, authentication);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        locales.setLocale(request, response, users.languageOf(authentication.getName()));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
