package io.grantflow.irp;

import java.security.SecureRandom;
import java.util.Base64;

/** A partner's signing link: 256 random bits in the URL; only their SHA-256 is stored, so a database leak signs nothing. */
final class SigningToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningToken() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
