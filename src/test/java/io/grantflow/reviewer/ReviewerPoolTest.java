package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The managers' pages of the reviewer pool, read as HTTP: who may, what is kept, what is refused and leaves nothing. */
class ReviewerPoolTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("(/account/password/[A-Za-z0-9_-]+)");

    @Autowired ReviewerService reviewers;

    @Test
    void theListShowsEveryReviewerWithHisProfileAndFlagsThoseWithout() {
        String profiled = user("reviewer", "fr", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(profiled, "Université de Lyon", "FR", List.of("graphene", "optics"), "text", 7));
        String bare = user("reviewer", "en", Groups.REVIEWERS);

        String page = page(PortalSession.logIn(port, manager()).getPage("/portal/reviewers"));
        String profiledRow = row(page, profiled);
        assertThat(profiledRow).contains("Université de Lyon", ">FR<", ">graphene<", ">optics<", ">7<", "Français")
                .doesNotContain("never assigned");
        assertThat(row(page, bare)).contains("No profile: never assigned", "English");
    }

    @Test
    void onlyManagersReachThePoolPagesAndItsApi() {
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        PortalSession asReviewer = PortalSession.logIn(port, reviewer);
        assertThat(asReviewer.getPage("/portal/reviewers").statusCode()).isEqualTo(403);
        assertThat(asReviewer.getPage("/portal/reviewers/new").statusCode()).isEqualTo(403);
        assertThat(asReviewer.getPage("/portal/reviewers/" + reviewer).statusCode()).isEqualTo(403);
        assertThat(asReviewer.postForm("/portal/applications", "/portal/reviewers/" + reviewer,
                profileFields("Hacked", "FR", "x", "50")).statusCode()).isEqualTo(403);
        assertThat(reviewers.find(reviewer)).isEmpty();
        PortalSession applicant = PortalSession.logIn(port, applicant("en"));
        assertThat(applicant.getPage("/portal/reviewers").statusCode()).isEqualTo(403);
        assertThat(get("/api/reviewers", reviewer, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/reviewers/" + reviewer + "/profile", reviewer, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/reviewers", null, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aManagerAddsAReviewerWhoChoosesHisPasswordThroughTheMailedLinkOnce() throws Exception {
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);
        String id = "Rev" + System.nanoTime();
        String userId = id.toLowerCase();
        Map<String, String> fields = newReviewer(id);
        HttpResponse<byte[]> added = session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields);
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(page(session.getPage("/portal/reviewers"))).contains("The account of " + userId + " is created");

        assertThat(identity.createUserQuery().userId(userId).memberOfGroup(Groups.REVIEWERS).count()).isEqualTo(1);
        assertThat(identity.getUserInfo(userId, "language")).isEqualTo("fr");
        ReviewerProfile profile = reviewers.find(userId).orElseThrow();
        assertThat(profile.institution()).isEqualTo("Institut d'Optique");
        assertThat(profile.country()).isEqualTo("FR");
        assertThat(profile.expertise()).containsExactly("quantum optics", "graphene");
        assertThat(profile.maxLoad()).isEqualTo(5);
        assertThat(reviewers.publications(userId)).extracting(p -> p.year() + " " + p.title())
                .containsExactly("2024 Graphene photonics, a review", "2021 Cold atoms");

        runJobsUntilDone(10);
        List<MimeMessage> mails = mailsTo(userId);
        assertThat(mails).hasSize(1);
        String body = mails.get(0).getContent().toString();
        assertThat(mails.get(0).getSubject()).isEqualTo("Votre compte d'évaluateur sur Grantflow");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();

        PortalSession anonymous = PortalSession.anonymous(port);
        assertThat(page(anonymous.getPage(link.group(1)))).contains("id=\"password-form\"");
        HttpResponse<byte[]> weak = choosePassword(link.group(1), "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(page(weak)).contains("id=\"error-summary\"");
        HttpResponse<byte[]> chosen = choosePassword(link.group(1), "violet-harbour-lantern-42");
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/login?registered");
        PortalSession.logIn(port, userId, "violet-harbour-lantern-42");

        assertThat(anonymous.getPage(link.group(1)).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> again = choosePassword(link.group(1), "another-long-password-9");
        assertThat(again.statusCode()).isEqualTo(404);
        PortalSession.logIn(port, userId, "violet-harbour-lantern-42");
    }

    @Test
    void aRefusedReviewerNamesEveryProblemAndLeavesNothingBehind() {
        PortalSession session = PortalSession.logIn(port, manager());
        String id = "bad" + System.nanoTime();
        Map<String, String> fields = newReviewer(id);
        fields.put("email", "not-an-address");
        fields.put("country", "XX");
        fields.put("maxLoad", "51");
        fields.put("expertise", " , ,");
        fields.put("publications", "2024, Fine\nno year here\n1800, Too old");
        HttpResponse<byte[]> refused = session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        String page = page(refused);
        String summary = page.substring(page.indexOf("id=\"error-summary\""), page.indexOf("</ul>", page.indexOf("id=\"error-summary\"")));
        assertThat(summary).contains("href=\"#email\"", "href=\"#country\"", "href=\"#maxLoad\"", "href=\"#expertise\"",
                "href=\"#publications\"", "line 2:", "line 3:", "from 1 to 50", "ISO 3166");
        assertThat(page).contains("value=\"" + id + "\"", "value=\"not-an-address\"");
        assertNothingStored(id);

        fields = newReviewer(id);
        fields.put("country", "FR");
        fields.put("institution", "x".repeat(301));
        assertThat(session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields).statusCode()).isEqualTo(400);
        fields.put("institution", "Institut\u202E evil");
        assertThat(session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields).statusCode()).isEqualTo(400);
        assertNothingStored(id);
    }

    @Test
    void aFormSentEmptyIsA400NamingTheRequiredFields() {
        PortalSession session = PortalSession.logIn(port, manager());
        HttpResponse<byte[]> empty = session.postForm("/portal/reviewers/new", "/portal/reviewers/new", Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(page(empty)).contains("href=\"#userId\"", "href=\"#email\"", "href=\"#institution\"", "href=\"#maxLoad\"");
    }

    @Test
    void aDoubleSubmitCreatesOneReviewerAndTheSecondIsNamedTaken() {
        PortalSession session = PortalSession.logIn(port, manager());
        String id = "twice" + System.nanoTime();
        Map<String, String> fields = newReviewer(id);
        assertThat(session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields).statusCode()).isEqualTo(302);
        HttpResponse<byte[]> second = session.postForm("/portal/reviewers/new", "/portal/reviewers/new", fields);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(page(second)).contains("This user id is taken");
        assertThat(identity.createUserQuery().userId(id).count()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM reviewer_publication WHERE user_id = ?", id)).isEqualTo(2);
    }

    @Test
    void aManagerWritesTheProfileOfAReviewerCreatedInCamundaAdminInFrench() {
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        PortalSession session = PortalSession.logIn(port, user("manager", "fr", Groups.MANAGERS)).speaking("fr");
        String form = page(session.getPage("/portal/reviewers/" + reviewer + "?lang=fr"));
        assertThat(form).contains("Mots-clés d&#39;expertise").doesNotContain("&#39;&#39;");

        Map<String, String> fields = profileFields("Universität Wien", "at", "Physique, PHYSIQUE,  optique  quantique", "12");
        fields.put("language", "fr");
        HttpResponse<byte[]> refused = session.postForm("/portal/reviewers/" + reviewer, "/portal/reviewers/" + reviewer,
                Map.of("institution", "", "country", "AT", "expertise", "a", "maxLoad", "0", "language", "de"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused)).contains("est obligatoire", "nombre entier de 1 à 50", "l&#39;anglais (en)").doesNotContain("&#39;&#39;");
        assertThat(reviewers.find(reviewer)).isEmpty();

        assertThat(session.postForm("/portal/reviewers/" + reviewer, "/portal/reviewers/" + reviewer, fields).statusCode())
                .isEqualTo(302);
        ReviewerProfile saved = reviewers.find(reviewer).orElseThrow();
        assertThat(saved.country()).isEqualTo("AT");
        assertThat(saved.expertise()).containsExactly("physique", "optique quantique");
        assertThat(saved.maxLoad()).isEqualTo(12);
        assertThat(identity.getUserInfo(reviewer, "language")).isEqualTo("fr");
        assertThat(page(session.getPage("/portal/reviewers"))).contains("Le profil de " + reviewer + " est enregistré");
    }

    @Test
    void aUserOutsideTheReviewersGroupHasNoProfilePage() {
        PortalSession session = PortalSession.logIn(port, manager());
        String applicant = applicant("en");
        assertThat(session.getPage("/portal/reviewers/" + applicant).statusCode()).isEqualTo(404);
        assertThat(session.postForm("/portal/reviewers/new", "/portal/reviewers/" + applicant,
                profileFields("Institute", "FR", "x", "3")).statusCode()).isEqualTo(404);
        assertThat(reviewers.find(applicant)).isEmpty();
    }

    /** The link's page is its own credential: no session, no CSRF token, as a mail reader opens it. */
    private HttpResponse<byte[]> choosePassword(String path, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertNothingStored(String id) {
        String userId = id.toLowerCase();
        assertThat(identity.createUserQuery().userId(userId).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM account_key WHERE user_id = ?", userId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM reviewer_profile WHERE user_id = ?", userId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM reviewer_publication WHERE user_id = ?", userId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM password_link WHERE user_id = ?", userId)).isZero();
    }

    static Map<String, String> newReviewer(String id) {
        Map<String, String> fields = profileFields("Institut d'Optique", "fr", "Quantum  Optics, graphene, quantum optics", "5");
        fields.put("userId", id);
        fields.put("firstName", "Élise");
        fields.put("lastName", "Moreau");
        fields.put("email", id.toLowerCase() + "@test.grantflow.example");
        fields.put("language", "fr");
        fields.put("publications", "2024, Graphene photonics, a review\n\n2021,Cold atoms\n");
        return fields;
    }

    static Map<String, String> profileFields(String institution, String country, String expertise, String maxLoad) {
        Map<String, String> fields = new HashMap<>();
        fields.put("institution", institution);
        fields.put("country", country);
        fields.put("expertise", expertise);
        fields.put("profile", "Works on light and matter.");
        fields.put("maxLoad", maxLoad);
        fields.put("language", "en");
        fields.put("publications", "");
        return fields;
    }

    /** The table row of the reviewer. */
    static String row(String page, String userId) {
        int start = page.indexOf("data-reviewer=\"" + userId + "\"");
        assertThat(start).as("row of " + userId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
