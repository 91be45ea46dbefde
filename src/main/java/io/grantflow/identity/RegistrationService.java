package io.grantflow.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants create their own account; it lands in Camunda's identity service, in the applicants group.
 * One account per person: the user id (stored in lower case) and the email address are each unique whatever
 * their case, checked against every Camunda user and claimed in {@code account_key} in the same transaction.
 */
@Service
public class RegistrationService {

    // Camunda's default whitelist for user ids is letters and digits only.
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IdentityService identity;
    private final String userTable;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final PasswordRules passwords;
    private final Clock clock;

    RegistrationService(IdentityService identity, ManagementService management, JdbcTemplate jdbc, MessageSource messages,
                        PasswordRules passwords, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.userTable = management.getTableName(UserEntity.class);
        this.jdbc = jdbc;
        this.messages = messages;
        this.passwords = passwords;
    }

    public record Registration(String userId, String firstName, String lastName, String email, String password, String language) {
    }

    /** Someone a programme manager gives an account to: no password until he or she chooses one. */
    public record Invitee(String userId, String firstName, String lastName, String email, String language) {
    }

    /** Creates the account, or refuses it with every problem named in the given language; nothing is stored then. */
    @Transactional
    public void register(Registration r, Locale locale) {
        Refusals refusals = new Refusals(locale);
        checkPerson(refusals, r.userId(), r.firstName(), r.lastName(), r.email(), r.language());
        String passwordProblem = passwords.problem(r.password(), r.userId(), r.email());
        if (passwordProblem != null) {
            refusals.add("password", passwordProblem);
        }
        refusals.throwIfAny();
        create(refusals, r.userId(), r.firstName(), r.lastName(), r.email(), r.password(), r.language(), Groups.APPLICANTS);
    }

    /**
     * Creates a member of the group without a password, under the same checks and the same uniqueness as a
     * registration; he or she chooses a password through a {@link PasswordLinks} link. Returns the stored user id.
     */
    @Transactional
    public String createWithoutPassword(Invitee i, String groupId, Locale locale) {
        Refusals refusals = new Refusals(locale);
        checkPerson(refusals, i.userId(), i.firstName(), i.lastName(), i.email(), i.language());
        refusals.throwIfAny();
        return create(refusals, i.userId(), i.firstName(), i.lastName(), i.email(), null, i.language(), groupId);
    }

    /** The message key of what is wrong with an address an account could use, or null. */
    public static String emailProblem(String email) {
        if (Text.hasInvisible(email)) {
            return "register.error.invisible";
        }
        // the address is kept unique in lower case, which may be longer (a dotted İ becomes two characters)
        if (email == null || email.trim().toLowerCase(Locale.ROOT).length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            return "register.error.email";
        }
        return null;
    }

    private void checkPerson(Refusals refusals, String userId, String firstName, String lastName, String email,
                             String language) {
        if (Text.hasInvisible(userId)) {
            refusals.add("userId", "register.error.invisible");
        } else if (userId == null || !USER_ID.matcher(userId).matches()) {
            refusals.add("userId", "register.error.userId");
        }
        name(refusals, "firstName", firstName);
        name(refusals, "lastName", lastName);
        String emailProblem = emailProblem(email);
        if (emailProblem != null) {
            refusals.add("email", emailProblem);
        }
        if (language == null || !UserDirectory.LANGUAGES.contains(language)) {
            refusals.add("language", "register.error.language");
        }
    }

    private String create(Refusals refusals, String id, String firstName, String lastName, String typedEmail,
                          String password, String language, String groupId) {
        String userId = id.toLowerCase(Locale.ROOT);
        String email = typedEmail.trim();
        if (taken("ID_", userId)) {
            throw refusals.conflict("userId", "register.error.userIdTaken");
        }
        if (taken("EMAIL_", email.toLowerCase(Locale.ROOT))) {
            throw refusals.conflict("email", "register.error.emailTaken");
        }
        claim("user", userId, userId, refusals.conflict("userId", "register.error.userIdTaken"));
        claim("email", email.toLowerCase(Locale.ROOT), userId, refusals.conflict("email", "register.error.emailTaken"));

        User user = identity.newUser(userId);
        user.setFirstName(firstName.trim());
        user.setLastName(lastName.trim());
        user.setEmail(email);
        if (password != null) {
            user.setPassword(password);
        }
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
        identity.setUserInfo(userId, UserDirectory.LANGUAGE, language);
        return userId;
    }

    /** Whether any Camunda user, however created, has this value (lower case) in the column, whatever its case. */
    private boolean taken(String column, String lowerCaseValue) {
        return !identity.createNativeUserQuery()
                .sql("SELECT * FROM " + userTable + " WHERE LOWER(" + column + ") = #{value}")
                .parameter("value", lowerCaseValue)
                .list().isEmpty();
    }

    /** The unique key that stops a concurrent registration of the same id or address. */
    private void claim(String kind, String value, String userId, ConflictException ifTaken) {
        try {
            jdbc.update("INSERT INTO account_key (kind, key_value, user_id, created_at) VALUES (?, ?, ?, ?)",
                    kind, value, userId, Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            throw ifTaken;
        }
    }

    private static void name(Refusals refusals, String field, String value) {
        if (Text.hasInvisible(value)) {
            refusals.add(field, "register.error.invisible");
        } else if (value == null || value.isBlank() || value.trim().length() > 100) {
            refusals.add(field, "register.error.name");
        }
    }

    /** The problems found so far, each message in the caller's language. */
    private final class Refusals {

        private final Locale locale;
        private final List<FieldProblem> problems = new ArrayList<>();

        Refusals(Locale locale) {
            this.locale = locale;
        }

        void add(String field, String code) {
            problems.add(new FieldProblem(field, message(code)));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        ConflictException conflict(String field, String code) {
            return new ConflictException(field, message(code));
        }

        private String message(String code) {
            return messages.getMessage(code, new Object[] {PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH}, locale);
        }
    }
}
