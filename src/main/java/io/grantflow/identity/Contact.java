package io.grantflow.identity;

import java.util.Locale;

/** How to reach a user: name, email and the language the user reads. */
public record Contact(String userId, String name, String email, Locale language) {
}
