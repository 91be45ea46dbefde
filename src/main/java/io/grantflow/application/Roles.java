package io.grantflow.application;

import org.springframework.security.core.Authentication;

final class Roles {

    private Roles() {
    }

    static boolean isManager(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
    }
}
