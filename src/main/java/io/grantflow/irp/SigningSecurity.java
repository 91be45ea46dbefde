package io.grantflow.irp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The partner's signing page needs no account: the one-time token in the path is the credential.
 * No session and no CSRF token, since there is no login whose session a forged request could ride on.
 */
@Configuration
class SigningSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain agreementSigning(HttpSecurity http) throws Exception {
        http.securityMatcher("/agreement/sign/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
