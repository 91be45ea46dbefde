package io.grantflow.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Service;

/** Users as the rest of Grantflow sees them; Camunda's identity service is the one store. */
@Service
public class UserDirectory {

    static final String LANGUAGE = "language";
    static final List<String> LANGUAGES = List.of("en", "fr");

    private final IdentityService identity;
    private final String userTable;

    UserDirectory(IdentityService identity, ManagementService management) {
        this.identity = identity;
        this.userTable = management.getTableName(UserEntity.class);
    }

    public boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() == 1;
    }

    public Contact contact(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("No user " + userId);
        }
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return new Contact(userId, name.isEmpty() ? userId : name, user.getEmail(), languageOf(userId));
    }

    public Locale languageOf(String userId) {
        String language = identity.getUserInfo(userId, LANGUAGE);
        return Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : "en");
    }

    /** The one account using this address, whatever its case (registration keeps addresses unique that way). */
    public Optional<String> userWithEmail(String email) {
        List<User> same = identity.createNativeUserQuery()
                .sql("SELECT * FROM " + userTable + " WHERE LOWER(EMAIL_) = #{value}")
                .parameter("value", email.trim().toLowerCase(Locale.ROOT)).list();
        return same.size() == 1 ? Optional.of(same.get(0).getId()) : Optional.empty();
    }

    public boolean isMember(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
    }

    /** Sets the language of the user's messages and pages: en or fr. */
    public void setLanguage(String userId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Not a language of ours: " + language);
        }
        identity.setUserInfo(userId, LANGUAGE, language);
    }

    public List<String> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
