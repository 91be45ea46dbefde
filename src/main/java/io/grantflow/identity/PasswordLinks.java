package io.grantflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to choose one's password, for an account a programme manager created or a forgotten password: 256 random bits in the
 * URL, only their SHA-256 stored; a link works once and for {@link #VALID_FOR}, and a newer link voids the older.
 */
@Service
public class PasswordLinks {

    public static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final PasswordRules passwords;
    private final MessageSource messages;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, IdentityService identity, PasswordRules passwords, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new link's token for the user, open for {@link #VALID_FOR}; earlier links stop working. */
    @Transactional
    public String issue(String userId) {
        return issue(userId, VALID_FOR);
    }

    /** A new link's token for the user, open for {@code validFor}; earlier links stop working. */
    @Transactional
    public String issue(String userId, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("DELETE FROM password_link WHERE user_id = ?").param(userId).update();
        jdbc.sql("INSERT INTO password_link (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
                .params(hash(token), userId, Timestamp.from(clock.instant().plus(validFor))).update();
        return token;
    }

    /** Whether a link open for {@code validFor} was issued to the user less than {@code within} ago and is still open. */
    public boolean issuedWithin(String userId, Duration validFor, Duration within) {
        Timestamp newest = Timestamp.from(clock.instant().plus(validFor).minus(within));
        return jdbc.sql("SELECT COUNT(*) FROM password_link WHERE user_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(userId, newest).query(Long.class).single() > 0;
    }

    /** The user a link still open belongs to. */
    public Optional<String> userOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM password_link WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant())).query(String.class).optional();
    }

    /** Sets the password under the registration's rules and closes the link; a refused password leaves it open. */
    @Transactional
    public String choose(String token, String password, Locale locale) {
        String userId = userOf(token).orElseThrow(() -> new NotFoundException("This link is used, expired or unknown"));
        User user = identity.createUserQuery().userId(userId).singleResult();
        String problem = passwords.problem(password, userId, user.getEmail());
        if (problem != null) {
            throw new InvalidInputException("password", messages.getMessage(problem,
                    new Object[] {PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH}, locale));
        }
        int closed = jdbc.sql("UPDATE password_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), hash(token)).update();
        if (closed == 0) {
            throw new NotFoundException("This link is used, expired or unknown");
        }
        user.setPassword(password);
        identity.saveUser(user);
        return userId;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
