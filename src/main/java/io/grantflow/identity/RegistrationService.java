package io.grantflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applicants create their own account; it lands in Camunda's identity service, in the applicants group. */
@Service
public class RegistrationService {

    // Camunda's default whitelist for user ids is letters and digits only.
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IdentityService identity;

    RegistrationService(IdentityService identity) {
        this.identity = identity;
    }

    public record Registration(String userId, String firstName, String lastName, String email, String password, String language) {
    }

    @Transactional
    public void register(Registration r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.userId() == null || !USER_ID.matcher(r.userId()).matches()) {
            problems.add(new FieldProblem("userId", "3 to 64 letters or digits"));
        }
        if (isBlank(r.firstName()) || r.firstName().length() > 100) {
            problems.add(new FieldProblem("firstName", "is required, at most 100 characters"));
        }
        if (isBlank(r.lastName()) || r.lastName().length() > 100) {
            problems.add(new FieldProblem("lastName", "is required, at most 100 characters"));
        }
        if (r.email() == null || r.email().length() > 254 || !EMAIL.matcher(r.email()).matches()) {
            problems.add(new FieldProblem("email", "is not an email address"));
        }
        if (r.password() == null || r.password().length() < 8 || r.password().length() > 128) {
            problems.add(new FieldProblem("password", "8 to 128 characters"));
        }
        if (r.language() == null || !UserDirectory.LANGUAGES.contains(r.language())) {
            problems.add(new FieldProblem("language", "en or fr"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (identity.createUserQuery().userId(r.userId()).count() > 0) {
            throw new ConflictException("userId", "This user id is taken");
        }
        User user = identity.newUser(r.userId());
        user.setFirstName(r.firstName().trim());
        user.setLastName(r.lastName().trim());
        user.setEmail(r.email().trim());
        user.setPassword(r.password());
        identity.saveUser(user);
        identity.createMembership(r.userId(), Groups.APPLICANTS);
        identity.setUserInfo(r.userId(), UserDirectory.LANGUAGE, r.language());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
