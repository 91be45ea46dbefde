package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Creating an account on the portal's sign-up page and through POST /api/register: one account per person. */
class RegistrationTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "violet-harbour-tides";

    @Test
    void theSignUpPageOpensInEnglishAndInFrench() {
        PortalSession visitor = PortalSession.anonymous(port);
        HttpResponse<byte[]> english = visitor.get("/register?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(text(english)).contains("Create an applicant account", "name=\"userId\"", "name=\"password\"", "name=\"_csrf\"");
        HttpResponse<byte[]> french = visitor.get("/register?lang=fr");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(text(french)).contains("Créer un compte de candidat", "Mot de passe (12 à 128 caractères)");
    }

    @Test
    void aRefusedSignUpShowsEachMessageBesideItsFieldAndKeepsWhatWasTypedButThePassword() {
        PortalSession visitor = PortalSession.anonymous(port);
        String id = newId("Pia");
        Map<String, String> form = form(id, "short-pw", "not-an-address");
        form.put("lastName", "Nova\u202Egnp.exe");
        HttpResponse<byte[]> answer = visitor.postForm("/register?lang=en", "/register", form);

        assertThat(answer.statusCode()).isEqualTo(400);
        String page = text(answer);
        assertThat(page).contains("id=\"password-error\"", "12 to 128 characters")
                .contains("id=\"email-error\"", "Not an email address")
                .contains("id=\"lastName-error\"", "invisible formatting characters")
                .contains("value=\"" + id + "\"", "value=\"not-an-address\"", "value=\"Pia\"")
                .doesNotContain("short-pw");
        assertThat(identity.createUserQuery().userId(id.toLowerCase()).count()).isZero();

        HttpResponse<byte[]> french = visitor.postForm("/register?lang=fr", "/register", form(id, "password1234", id + "@example.org"));
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(text(french)).contains("Ce mot de passe est trop courant").doesNotContain("password1234");
    }

    @Test
    void anAccountCreatedOnTheSignUpPageCanLogInWithItsIdInLowerCase() {
        String id = newId("Lea");
        HttpResponse<byte[]> answer = PortalSession.anonymous(port).postForm("/register", "/register",
                form(id, PASSWORD, id + "@example.org"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login?registered");
        String stored = id.toLowerCase();
        assertThat(identity.createUserQuery().userId(stored).memberOfGroup(Groups.APPLICANTS).count()).isEqualTo(1);
        assertThat(PortalSession.logIn(port, stored, PASSWORD).get("/portal/applications").statusCode()).isEqualTo(200);
        String page = text(PortalSession.logIn(port, id, PASSWORD).get("/portal/applications"));
        assertThat(page).as("logged in with the id as typed at sign-up").contains(">" + stored + "<");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(id, PASSWORD);
        assertThat(http.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode())
                .as("the API too").isEqualTo(HttpStatus.OK);
    }

    @Test
    void aUserIdIsTakenWhateverItsCaseAgainstEveryExistingUser() {
        String existing = applicant("en"); // created by an administrator, straight in Camunda
        ResponseEntity<Map> upper = register(Map.of("userId", existing.toUpperCase(), "email", "other-" + existing + "@example.org"));
        assertRefused(upper, HttpStatus.CONFLICT, "userId");

        String id = newId("kim");
        assertThat(register(Map.of("userId", id, "email", id + "@example.org")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(register(Map.of("userId", id.toUpperCase(), "email", "second-" + id + "@example.org")), HttpStatus.CONFLICT, "userId");
        assertThat(identity.createUserQuery().userId(id.toUpperCase()).count()).isZero();
    }

    @Test
    void anEmailAddressBelongsToOneAccountWhateverItsCase() {
        String first = newId("ana");
        assertThat(register(Map.of("userId", first, "email", first + "@Example.org")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String second = newId("ana");
        assertRefused(register(Map.of("userId", second, "email", first.toUpperCase() + "@EXAMPLE.ORG")), HttpStatus.CONFLICT, "email");
        assertThat(identity.createUserQuery().userId(second).count()).isZero();

        String other = applicant("en");
        assertRefused(register(Map.of("userId", newId("bea"), "email", other + "@TEST.grantflow.example")), HttpStatus.CONFLICT, "email");
    }

    @Test
    void weakPasswordsAreRefusedNamingThePassword() {
        String id = newId("joe");
        for (String weak : List.of("elevenchars", "x".repeat(129), " ".repeat(14), "\t\t\t\t\t\t\t\t\t\t\t\t", "\u00A0".repeat(12),
                "Password1234", "qwertyuiop123", "123456789012", "my-" + id + "-secret", id.toUpperCase() + "-is-long",
                "mail:" + id + "@example.org")) {
            ResponseEntity<Map> answer = register(Map.of("userId", id, "email", id + "@example.org", "password", weak));
            assertRefused(answer, HttpStatus.BAD_REQUEST, "password");
        }
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
        assertThat(register(Map.of("userId", id, "email", id + "@example.org", "password", "x".repeat(128))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void controlAndInvisibleFormatCharactersAreRefusedInNamesAndIds() {
        String id = newId("eve");
        Map<String, String> cases = Map.of(
                "firstName", "Eve\u202Etxt.exe",
                "lastName", "Adams\u0007",
                "userId", id + "\u200B",
                "email", id + "\u2066@example.org");
        cases.forEach((field, value) -> {
            Map<String, String> fields = new HashMap<>(Map.of("userId", id, "email", id + "@example.org"));
            fields.put(field, value);
            assertRefused(register(fields), HttpStatus.BAD_REQUEST, field);
        });
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void concurrentRegistrationsOfOneIdOrOneAddressCreateOneAccount() throws Exception {
        String id = newId("tom");
        List<Callable<HttpStatus>> sameId = new ArrayList<>();
        List<Callable<HttpStatus>> sameEmail = new ArrayList<>();
        String email = newId("shared") + "@example.org";
        for (int i = 0; i < 6; i++) {
            String variant = i % 2 == 0 ? id : id.toUpperCase();
            String email_i = "tom" + i + "-" + id + "@example.org";
            sameId.add(() -> HttpStatus.valueOf(register(Map.of("userId", variant, "email", email_i)).getStatusCode().value()));
            String other = newId("sam");
            sameEmail.add(() -> HttpStatus.valueOf(register(Map.of("userId", other, "email", email)).getStatusCode().value()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            assertThat(statuses(pool.invokeAll(sameId))).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT)
                    .containsOnlyOnce(HttpStatus.CREATED);
            assertThat(statuses(pool.invokeAll(sameEmail))).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT)
                    .containsOnlyOnce(HttpStatus.CREATED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM ACT_ID_USER WHERE LOWER(ID_) = ?", id.toLowerCase())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ACT_ID_USER WHERE LOWER(EMAIL_) = ?", email)).isEqualTo(1);
    }

    // ---- helpers ----

    private static List<HttpStatus> statuses(List<Future<HttpStatus>> futures) throws Exception {
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> f : futures) {
            statuses.add(f.get());
        }
        return statuses;
    }

    private static String newId(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private static Map<String, String> form(String id, String password, String email) {
        return new HashMap<>(Map.of("userId", id, "firstName", "Pia", "lastName", "Nova", "email", email,
                "password", password, "language", "en"));
    }

    /** POST /api/register with the given fields over a valid default. */
    private ResponseEntity<Map> register(Map<String, String> fields) {
        Map<String, String> body = new HashMap<>(Map.of("firstName", "Nora", "lastName", "Ngata", "password", PASSWORD, "language", "en"));
        body.putAll(fields);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/register", HttpMethod.POST, new HttpEntity<>(json(body), headers), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(ResponseEntity<Map> answer, HttpStatus status, String field) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((List<Map<String, String>>) answer.getBody().get("errors")).extracting(e -> e.get("field")).contains(field);
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
