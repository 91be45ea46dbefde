package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The managers' page of a prize edition, read over HTTP: who may open it, what it keeps, what it refuses and when. */
class PrizeEditionPageTest extends PrizeScenario {

    @Test
    void onlyManagersOpenThePageAndOnlyForAPrizeEdition() {
        Call call = edition(List.of(), Map.of());
        String path = page(call);
        for (String outsider : List.of(applicant("en"), juror("en"), nominator("en"))) {
            PortalSession session = PortalSession.logIn(port, outsider);
            assertThat(session.getPage(path).statusCode()).as(outsider).isEqualTo(403);
            assertThat(post(session, "/", path, List.of("editable", "jury", "jury", outsider, "chair", outsider)).statusCode())
                    .as(outsider).isEqualTo(403);
        }
        assertThat(editions.get(call.id()).jury()).isEmpty();

        PortalSession manager = PortalSession.logIn(port, manager());
        HttpResponse<byte[]> grant = manager.getPage("/portal/dashboard/calls/" + openFirstStepCall().id() + "/edition");
        assertThat(grant.statusCode()).isEqualTo(404);
        assertThat(text(grant)).contains("id=\"status\"").doesNotContain("edition-form");
        assertThat(manager.getPage("/portal/dashboard/calls/no-such-call/edition").statusCode()).isEqualTo(404);
        assertThat(text(manager.getPage("/portal/dashboard/calls/" + call.id()))).contains("id=\"edition-link\"", path);
        assertThat(text(manager.getPage("/portal/dashboard/calls/" + openFirstStepCall().id()))).doesNotContain("edition-link");
    }

    @Test
    void aManagerAppointsTheJuryAndChairAndMovesTheEmbargoEachChangeAudited() throws Exception {
        String ana = jurorAt("Ana", "Silva", "Universidade de São Paulo", "BR");
        String ken = jurorAt("Ken", "Sato", "University of Tokyo", "JP");
        Call call = edition(List.of(), Map.of());
        Instant firstEmbargo = editions.get(call.id()).announceAt();
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);
        String shown = text(session.getPage(page(call)));
        assertThat(shown).contains("Ana Silva", "Universidade de São Paulo", "Brazil", "Ken Sato", "Japan",
                "Unit directors", "Previous laureates of the prize", "Scientific council", "data-stage=\"OPEN\"");

        LocalDateTime embargo = LocalDateTime.ofInstant(call.closesAt(), Call.FUNDER_ZONE).plusDays(40).withHour(11).withMinute(30)
                .withSecond(0).withNano(0);
        List<String> fields = settingsFields(embargo.toString(), PrizeGroups.UNIT_DIRECTORS);
        fields.addAll(List.of("jury", ana, "jury", ken, "chair", ken));
        HttpResponse<byte[]> saved = post(session, page(call), page(call), fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page(call) + "?saved");
        assertThat(text(session.getPage(page(call) + "?saved"))).contains("id=\"saved\"", "value=\"" + embargo + "\"");

        PrizeEdition edition = editions.get(call.id());
        assertThat(edition.jury()).containsExactly(ana, ken);
        assertThat(edition.chair()).isEqualTo(ken);
        assertThat(edition.nominatorGroups()).containsExactly(PrizeGroups.UNIT_DIRECTORS);
        assertThat(edition.announceAt()).isEqualTo(embargo.atZone(Call.FUNDER_ZONE).toInstant());
        assertThat(audit(call, manager)).containsExactlyInAnyOrder("jury:  → " + ana + ", " + ken, "chair:  → " + ken,
                "nominators: unitDirectors, prizeLaureates, scientificCouncil → unitDirectors",
                "embargo: " + firstEmbargo.atZone(Call.FUNDER_ZONE).toOffsetDateTime() + " → " + embargo.atZone(Call.FUNDER_ZONE).toOffsetDateTime());

        // the same form sent again (a double click) changes nothing and adds nothing to the trail
        assertThat(post(session, page(call), page(call), fields).statusCode()).isEqualTo(302);
        assertThat(audit(call, manager)).hasSize(4);
    }

    @Test
    void refusalsAreNamedBesideTheirFieldsInThePageLanguageAndNothingIsKept() throws Exception {
        String ana = jurorAt("Ana", "Silva", "USP", "BR");
        String ken = jurorAt("Ken", "Sato", "UTokyo", "JP");
        Call call = edition(List.of(ana), Map.of());
        PrizeEdition before = editions.get(call.id());
        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);

        LocalDateTime beforeClose = LocalDateTime.ofInstant(call.closesAt(), Call.FUNDER_ZONE).minusDays(1);
        List<String> fields = settingsFields(beforeClose.toString(), "noSuchGroup<script>");
        fields.addAll(List.of("jury", ana, "jury", "nobody\"><b>", "chair", ken));
        HttpResponse<byte[]> refused = post(session, page(call), page(call), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        String en = text(refused);
        assertThat(en).contains("id=\"error-summary\"", "href=\"#announceAt\"", "href=\"#nominatorGroups\"", "href=\"#jury\"",
                "href=\"#chair\"", "id=\"announceAt-error\"", "must come after nominations close",
                "there is no group noSuchGroup&lt;script&gt;", "there is no user nobody&quot;&gt;&lt;b&gt;",
                "must be one of the jurors ticked", "value=\"" + beforeClose + "\"")
                .doesNotContain("<script>", "<b>");

        PortalSession french = PortalSession.logIn(port, manager).speaking("fr");
        HttpResponse<byte[]> frRefused = post(french, page(call) + "?lang=fr", page(call),
                withChair(settingsFields("2027-03-28T02:30", PrizeGroups.LAUREATES), ana, ken));
        assertThat(frRefused.statusCode()).isEqualTo(400);
        assertThat(text(frRefused)).contains("ne désigne pas un seul moment à Paris", "Embargo jusqu&#39;au")
                .doesNotContain("&#39;&#39;");
        HttpResponse<byte[]> frChair = post(french, page(call) + "?lang=fr", page(call), List.of("editable", "jury", "jury", ana,
                "chair", ken));
        assertThat(frChair.statusCode()).isEqualTo(400);
        assertThat(text(frChair)).contains("id=\"chair-error\"", "doit être l&#39;un des jurés cochés").doesNotContain("&#39;&#39;");
        assertThat(post(session, page(call), page(call), settingsFields("le 3 mars", PrizeGroups.LAUREATES)).statusCode())
                .isEqualTo(400);
        assertThat(text(post(session, page(call), page(call), settingsFields("", PrizeGroups.LAUREATES))))
                .contains("id=\"announceAt-error\"");
        assertThat(text(post(session, page(call), page(call), settingsFields(before.announceAt().toString()))))
                .contains("id=\"nominatorGroups-error\"", "tick at least one group");

        assertThat(editions.get(call.id())).isEqualTo(before);
        assertThat(audit(call, manager)).isEmpty();
    }

    @Test
    void aJurySetOnThePageBeforeClosingMeansTheAppointTaskNeverAppears() {
        String ana = jurorAt("Ana", "Silva", "USP", "BR");
        Call call = edition(List.of(), Map.of());
        PortalSession session = PortalSession.logIn(port, manager());
        assertThat(post(session, page(call), page(call), List.of("editable", "jury", "jury", ana, "chair", ana)).statusCode())
                .isEqualTo(302);
        candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
        closeNominations(call);

        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(call.id())
                .taskDefinitionKey("Task_AppointJury").count()).isZero();
        assertThat(tasksOf(ana, call)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DeclareConflicts");
        String shown = text(session.getPage(page(call)));
        assertThat(shown).contains("data-stage=\"CLOSED\"", "no longer change", "disabled").doesNotContain("id=\"save\"");
        assertThat(shown).contains("1 nomination received", "1 candidate once", "Conflicts declared by 0 of 1 jurors");

        HttpResponse<byte[]> late = post(session, page(call), page(call), List.of("editable", "jury", "jury", ana));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(text(late)).contains("href=\"#locks\"", "no longer change");
    }

    @Test
    void anEditionClosedWithoutAJuryTakesItsJuryOnThePageOnlyAndGoesOnAtOnce() {
        String ana = jurorAt("Ana", "Silva", "USP", "BR");
        String ken = jurorAt("Ken", "Sato", "UTokyo", "JP");
        Call call = edition(List.of(), Map.of());
        candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
        closeNominations(call);
        PrizeEdition closed = editions.get(call.id());
        PortalSession session = PortalSession.logIn(port, manager());
        String shown = text(session.getPage(page(call)));
        assertThat(shown).contains("data-stage=\"AWAITING_JURY\"", "appoint the jury and its chair here", "id=\"save\"");

        // the settings part is locked: a crafted form that moves the embargo is refused whole, the jury with it
        List<String> moved = settingsFields(LocalDateTime.ofInstant(closed.announceAt(), Call.FUNDER_ZONE).plusDays(3).toString(),
                closed.nominatorGroups().toArray(String[]::new));
        HttpResponse<byte[]> refused = post(session, page(call), page(call), withChair(moved, ana, ana));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(editions.get(call.id())).isEqualTo(closed);
        assertThat(post(session, page(call), page(call), List.of("editable", "jury", "chair", "")).statusCode()).isEqualTo(400);

        List<String> appointed = List.of("editable", "jury", "jury", ana, "jury", ken, "chair", ana);
        assertThat(post(session, page(call), page(call), appointed).statusCode()).isEqualTo(302);
        // the same form sent again once the jury is at work: nothing changes, nothing is refused
        assertThat(post(session, page(call), page(call), appointed).statusCode()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(call.id()).taskDefinitionKey("Task_AppointJury").count()).isZero();
        assertThat(tasksOf(ken, call)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DeclareConflicts");
        assertThat(editions.get(call.id()).chair()).isEqualTo(ana);
        assertThat(text(session.getPage(page(call)))).contains("data-stage=\"CLOSED\"");
    }

    @Test
    void aJuryAppointedInTheTaskShowsOnThePage() {
        String ana = jurorAt("Ana", "Silva", "USP", "BR");
        Call call = edition(List.of(), Map.of());
        candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
        closeNominations(call);
        String manager = manager();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(call.id()).taskDefinitionKey("Task_AppointJury").singleResult();
        assertThat(task.getDescription()).contains("/portal/dashboard/calls/" + call.id() + "/edition");
        asUser(manager, () -> tasks.complete(task.getId(), Map.of("appointedJurors", new ArrayList<>(List.of(ana)), "appointedChair", ana)));

        String shown = text(PortalSession.logIn(port, manager).getPage(page(call)));
        assertThat(shown).containsPattern("value=\"" + ana + "\" checked=\"checked\"|checked=\"checked\"[^>]*value=\"" + ana + "\"");
        assertThat(shown).contains("Conflicts declared by 0 of 1 jurors");
    }

    @Test
    void theProgressFollowsTheJuryFromConflictsToTheAcceptedOffer() throws Exception {
        Call open = edition(List.of(juror("en")), Map.of());
        PortalSession session = PortalSession.logIn(port, manager());
        assertThat(text(session.getPage(page(open)))).contains("No nomination received", "once nominations have closed and the jury is appointed",
                "id=\"shortlist-none\"", "id=\"offers-none\"").doesNotContain("Conflicts declared");

        TwoCandidates e = twoCandidatesAtConflicts();
        assertThat(text(session.getPage(page(e.call())))).contains("2 nominations received", "2 candidates once",
                "Conflicts declared by 0 of 2 jurors", "Scores in: 0 of 4");
        declareConflicts(e.chair(), e.call());
        declareConflicts(e.conflicted(), e.call(), e.first());
        assertThat(text(session.getPage(page(e.call())))).contains("Conflicts declared by 2 of 2 jurors", "Scores in: 0 of 3");

        score(e.chair(), e.call(), Map.of(e.first(), 8, e.second(), 6));
        score(e.conflicted(), e.call(), Map.of(e.second(), 7));
        String shortlisted = text(session.getPage(page(e.call())));
        assertThat(shortlisted).contains("Scores in: 3 of 3", "Ana Silva (USP, BR): mean 8.00 (1 score)", "Ben Okafor (Unilag, NG): mean 6.50 (2 scores)",
                "No candidate has accepted the prize").doesNotContain("id=\"shortlist-none\"");

        choose(e.chair(), e.call(), e.first());
        assertThat(text(session.getPage(page(e.call())))).contains("data-answer=\"WAITING\"", "Ana Silva has been asked to accept");
        assertThat(answer(offerToken("ana@usp.example"), true).getStatusCode().value()).isEqualTo(204);
        String accepted = text(session.getPage(page(e.call())));
        assertThat(accepted).contains("data-answer=\"ACCEPTED\"", "Ana Silva accepted on", "1 candidate has accepted the prize",
                "data-stage=\"CLOSED\"");
    }

    @Test
    void theApiKeepsAJurorNamedTwiceOnceAndABlankChairTakesTheChairAway() {
        String ana = jurorAt("Ana", "Silva", "USP", "BR");
        Call call = edition(List.of(ana), Map.of());
        String manager = manager();
        assertThat(sendJson(HttpMethod.PUT, "/api/prize/editions/" + call.id(), manager,
                "{\"jury\":[\"" + ana + "\",\"" + ana + "\"],\"chair\":\"\"}", Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat(editions.get(call.id()).jury()).containsExactly(ana);
        assertThat(editions.get(call.id()).chair()).isNull();
        assertThat(text(PortalSession.logIn(port, manager).getPage(page(call)))).contains("id=\"chair-none\" value=\"\" checked=\"checked\"");
    }

    private static String page(Call call) {
        return "/portal/dashboard/calls/" + call.id() + "/edition";
    }

    /** The settings part of the form as the page sends it: the embargo, the ticked groups, the exclusion ticked. */
    private static List<String> settingsFields(String announceAt, String... groups) {
        List<String> fields = new ArrayList<>(List.of("editable", "settings", "editable", "jury", "announceAt", announceAt,
                "excludeHomeCountry", "true"));
        for (String group : groups) {
            fields.addAll(List.of("nominatorGroups", group));
        }
        return fields;
    }

    private static List<String> withChair(List<String> fields, String juror, String chair) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("jury", juror, "chair", chair));
        return all;
    }

    /** Posts name/value pairs (a name may repeat, as checkboxes do) with the CSRF token of {@code csrfPage}. */
    private static HttpResponse<byte[]> post(PortalSession session, String csrfPage, String path, List<String> pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            form.append(i == 0 ? "" : "&").append(encode(pairs.get(i))).append('=').append(encode(pairs.get(i + 1)));
        }
        return session.submitForm(csrfPage, path, form.toString());
    }

    /** The audit trail of the call as the API gives it, one "action: from → to" line per change. */
    @SuppressWarnings("unchecked")
    private List<String> audit(Call call, String manager) {
        List<Map<String, Object>> entries = get("/api/calls/" + call.id() + "/audit", manager, List.class).getBody();
        return entries.stream().filter(e -> manager.equals(e.get("who")))
                .map(e -> e.get("action") + ": " + e.get("from") + " → " + e.get("to")).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
