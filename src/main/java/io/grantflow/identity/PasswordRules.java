package io.grantflow.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password chosen at registration must be: 12 to 128 characters, not only spaces of any kind, not a common
 * password, and neither the user id nor the email address nor containing them. Accounts made by an
 * administrator or by the demo are not checked here (Camunda's own password policy stays off).
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordRules() {
        this.common = load("identity/common-passwords.txt");
    }

    /** The message code of what is wrong with the password, or null when it is acceptable. */
    String problem(String password, String userId, String email) {
        if (password == null || password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return "register.error.passwordBlank";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return "register.error.passwordLength";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return "register.error.passwordCommon";
        }
        if (contains(lower, userId) || contains(lower, email)) {
            return "register.error.passwordPersonal";
        }
        return null;
    }

    private static boolean contains(String lowerPassword, String value) {
        return value != null && !value.isBlank() && lowerPassword.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
