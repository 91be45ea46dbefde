package io.grantflow.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.grantflow.identity.Contact;
import io.grantflow.identity.PasswordLinks;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a link to choose a new password to the account using an address. Whether an account uses it is never said:
 * the page reads the same either way, so the form cannot tell anyone which addresses have an account.
 */
@Service
public class ForgottenPasswords {

    static final String MAIL = "password-forgotten";
    /** Long enough to read the mail; short, since a mailbox may be read by others. */
    static final Duration OPEN_FOR = Duration.ofHours(1);
    /** A second request this soon sends nothing more: a second click, or someone filling another's mailbox. */
    static final Duration QUIET = Duration.ofMinutes(5);

    private final UserDirectory users;
    private final PasswordLinks links;
    private final NotificationService notifications;
    private final String baseUrl;

    ForgottenPasswords(UserDirectory users, PasswordLinks links, NotificationService notifications,
                       @Value("${grantflow.base-url}") String baseUrl) {
        this.users = users;
        this.links = links;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** How long a link stays open, in minutes, as the page and the mail say it. */
    public static long minutesOpen() {
        return OPEN_FOR.toMinutes();
    }

    /** Sends a new link to the account using the address, if one does and none was sent in the last minutes. */
    @Transactional
    public void ask(String email) {
        Optional<String> userId = users.userWithEmail(email);
        if (userId.isEmpty() || links.issuedWithin(userId.get(), OPEN_FOR, QUIET)) {
            return;
        }
        Contact contact = users.contact(userId.get());
        String link = baseUrl + "/account/password/" + links.issue(contact.userId(), OPEN_FOR);
        notifications.send(MAIL, contact, Map.of("name", contact.name(), "userId", contact.userId(), "link", link,
                "minutes", OPEN_FOR.toMinutes()), contact.userId());
    }
}
