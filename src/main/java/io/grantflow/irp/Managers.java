package io.grantflow.irp;

import org.springframework.security.core.Authentication;

final class Managers {

    private Managers() {
    }

    static boolean is(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
    }
}
