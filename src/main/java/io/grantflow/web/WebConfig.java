package io.grantflow.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks English and French: the browser's language first, then the account's once logged in
 * (io.grantflow.identity.LanguageOnLogin), then ?lang=fr|en; the choice is kept in a cookie.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "grantflow-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(request -> {
            Locale preferred = request.getLocale();
            return preferred != null && "fr".equals(preferred.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new StrictUtf8Forms());
    }

}
