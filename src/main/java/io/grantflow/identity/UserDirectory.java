package io.grantflow.identity;

import java.util.List;
import java.util.Locale;

import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Users as the rest of Grantflow sees them; Camunda's identity service is the one store. */
@Service
public class UserDirectory {

    static final String LANGUAGE = "language";
    static final List<String> LANGUAGES = List.of("en", "fr");

    private final IdentityService identity;

    UserDirectory(IdentityService identity) {
        this.identity = identity;
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
