package io.grantflow.identity;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Portal and API log in against Camunda's identity service: one store of users for every part of Grantflow. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    /**
     * The id as typed first (an administrator may have created a mixed-case one), then in lower case, as
     * sign-up stores it: who signed up as "Lea" logs in as "Lea" or "lea".
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (typed == null || typed.isBlank()) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String userId = typed;
        if (!identity.checkPassword(userId, password)) {
            userId = typed.toLowerCase(Locale.ROOT);
            if (userId.equals(typed) || !identity.checkPassword(userId, password)) {
                throw new BadCredentialsException("Unknown user or wrong password");
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, rolesOf(userId));
    }

    /** The portal's roles of a user: one per group. */
    List<SimpleGrantedAuthority> rolesOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> new SimpleGrantedAuthority(Groups.roleOf(g.getId())))
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
