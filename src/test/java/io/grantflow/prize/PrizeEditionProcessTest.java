package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every path of a prize edition, driven with the engine's clock: jury, shortlist, acceptance and the embargo. */
class PrizeEditionProcessTest extends PrizeScenario {

    @Test
    void aWholeEditionFromNominationsToTheEmbargoedAnnouncement() throws Exception {
        String chair = juror("en");
        String conflictedJuror = juror("fr");
        String thirdJuror = juror("en");
        Call call = edition(List.of(chair, conflictedJuror, thirdJuror), Map.of());
        String frenchNominator = nominator("fr");
        String secondSupporter = nominator("en");
        String movedSupporter = nominator("en");
        String boNominator = nominator("en");
        String chenNominator = nominator("en");

        String ada = candidateNominated(call.id(), frenchNominator, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"));
        assertThat(candidateNominated(call.id(), secondSupporter, nominee("ADA  yamamoto", "kyoto university", "JP", "ada@kyoto.example")))
                .isEqualTo(ada);
        String bo = candidateNominated(call.id(), boNominator, nominee("Bo Lindqvist", "Lund University", "SE", "bo@lund.example"));
        String chen = candidateNominated(call.id(), chenNominator, nominee("Chen Wei", "Tsinghua University", "CN", "chen@tsinghua.example"));
        // Same name, another institution: a candidate of its own until a manager says it is the same person.
        String uncertain = candidateNominated(call.id(), movedSupporter, nominee("Ada Yamamoto", "Osaka University", "JP", "ada@osaka.example"));
        assertThat(uncertain).isNotEqualTo(ada);
        assertThat(candidateProcess(uncertain)).isWaitingAt("Task_ConfirmMatch");
        assertThat(candidateProcess(ada)).isWaitingAt("Task_AwaitOutcome");

        // Nominations close; the jury waits for the match to be settled.
        closeNominations(call);
        ProcessInstance edition = editionProcess(call);
        assertThat(edition).isWaitingAt("Catch_MatchesConfirmed");
        String manager = manager();
        Task match = tasks.createTaskQuery().processInstanceBusinessKey(uncertain).singleResult();
        asUser(manager, () -> tasks.complete(match.getId(), Map.of("matchAnswer", "same")));
        assertThat(candidateProcess(uncertain)).isNull();
        assertThat(candidates.nominatorsOf(ada)).containsExactlyInAnyOrder(frenchNominator, secondSupporter, movedSupporter);
        assertThat(edition).isWaitingAt("Task_DeclareConflicts");

        // Conflicts first, then one scoring task per candidate without a conflict.
        declareConflicts(chair, call);
        declareConflicts(conflictedJuror, call, bo);
        declareConflicts(thirdJuror, call);
        assertThat(tasksOf(chair, call)).hasSize(3).allMatch(t -> t.getName().startsWith("Score: "));
        assertThat(tasksOf(conflictedJuror, call)).hasSize(2)
                .noneMatch(t -> t.getName().contains("Bo Lindqvist"));
        // The jury sees who the candidates are, never who nominated them.
        Map<String, Object> seenByJuror = tasks.getVariables(tasksOf(thirdJuror, call).get(0).getId());
        assertThat(seenByJuror.values().toString()).doesNotContain(frenchNominator, boNominator, chenNominator);

        score(chair, call, Map.of(ada, 9, bo, 7, chen, 5));
        // A juror's form never holds another juror's score.
        for (Task pending : tasksOf(thirdJuror, call)) {
            assertThat(tasks.getVariable(pending.getId(), "score")).isNull();
        }
        score(conflictedJuror, call, Map.of(ada, 8, chen, 6));
        score(thirdJuror, call, Map.of(ada, 9, bo, 6, chen, 4));

        assertThat(edition).isWaitingAt("Task_ChooseLaureate");
        assertThat(jury.shortlist(call.id(), 3)).extracting(RankedCandidate::candidateId).containsExactly(ada, bo, chen);
        assertThat(jury.ranking(call.id()).get(1).scores()).isEqualTo(2);
        assertThat(chairTask(call).getAssignee()).isEqualTo(chair);
        choose(chair, call, ada);

        // The laureate is asked, through a once-only link.
        String token = offerToken("ada@kyoto.example");
        assertThat(mailsToAddress("ada@kyoto.example").get(0).getSubject()).isEqualTo(call.title() + ": the jury has chosen you");
        assertThat(answer(token, true).getStatusCode().value()).isEqualTo(204);
        assertThat(answer(token, true).getStatusCode().value()).isEqualTo(409);
        assertThat(edition).isWaitingAt("Timer_Embargo");
        assertThat(count("SELECT COUNT(*) FROM prize_offer WHERE token_hash = ?", token)).isZero();

        // Before the announcement instant, no message to anyone but the laureate names the laureate, and the API says nothing.
        moveClockTo(editions.get(call.id()).announceAt().minusSeconds(60));
        advanceEditionTo(call, editions.get(call.id()).announceAt().minusSeconds(60));
        assertThat(edition).isWaitingAt("Timer_Embargo");
        // (the managers' notice of merged nominations, in each manager's language, names a candidate, not a laureate)
        assertThat(messagesAboutEdition(call)).filteredOn(m -> !recipient(m).equals("ada@kyoto.example"))
                .filteredOn(m -> !template(m).equals("prize-nominations-merged"))
                .isNotEmpty().noneMatch(m -> text(m).contains("Yamamoto"));
        assertThat(get("/api/prize/laureates/" + call.id(), null, Map.class).getStatusCode().value()).isEqualTo(404);

        // The embargo ends: laureate, nominators and jury are told, each in his or her language.
        advanceEditionTo(call, editions.get(call.id()).announceAt().plusSeconds(60));
        assertThat(edition).isEnded().hasPassed("Task_Announce", "End_Announced");
        assertThat(mailsToAddress("ada@kyoto.example")).extracting(MimeMessage::getSubject)
                .contains(call.title() + " is announced: congratulations");
        assertThat(mailSubjectsTo(frenchNominator)).contains(call.title() + " : le lauréat est Ada Yamamoto");
        for (String person : List.of(secondSupporter, movedSupporter, boNominator, chenNominator, chair, thirdJuror)) {
            assertThat(mailSubjectsTo(person)).contains(call.title() + ": the laureate is Ada Yamamoto");
        }
        assertThat(mailSubjectsTo(conflictedJuror)).contains(call.title() + " : le lauréat est Ada Yamamoto");
        assertThat(get("/api/prize/laureates/" + call.id(), null, Map.class).getBody()).containsEntry("name", "Ada Yamamoto");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ada)
                .singleResult().getEndActivityId()).isEqualTo("End_Laureate");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(bo)
                .singleResult().getEndActivityId()).isEqualTo("End_NotLaureate");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(uncertain)
                .singleResult().getEndActivityId()).isEqualTo("End_Merged");
    }

    @Test
    void aDeclineAsksTheNextOnTheShortlist() throws Exception {
        Scored e = scoredEdition(Map.of(), 9, 7, 5);
        choose(e.chair(), e.call(), e.first());
        assertThat(answer(offerToken("first@" + e.tag()), false).getStatusCode().value()).isEqualTo(204);
        assertThat(editionProcess(e.call())).isWaitingAt("Task_AwaitAnswer");
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.DECLINED);
        assertThat(candidates.find(e.second()).orElseThrow().status()).isEqualTo(CandidateStatus.ASKED);
        assertThat(mailsToAddress("second@" + e.tag())).hasSize(1);

        // The second accepts. The chair's reasons were written for the first: the announcement does not lend them
        // to the second, it says where the laureate came from.
        assertThat(answer(offerToken("second@" + e.tag()), true).getStatusCode().value()).isEqualTo(204);
        advanceEditionTo(e.call(), editions.get(e.call().id()).announceAt().plusSeconds(60));
        assertThat(editionProcess(e.call())).isNull();
        MimeMessage toChair = messagesAboutEdition(e.call()).stream().filter(m -> recipient(m).equals(addressOf(e.chair())))
                .filter(m -> text(m).contains("the laureate is Bruno Second"))
                .findFirst().orElseThrow();
        assertThat(text(toChair)).contains("Next on the jury's shortlist, with a mean score of 7.0")
                .doesNotContain("A lifetime of bridges between laboratories.");
        assertThat(text(mailsToAddress("second@" + e.tag()).get(mailsToAddress("second@" + e.tag()).size() - 1)))
                .contains("You were next on the jury's shortlist, with a mean score of 7.0");
        assertThat(get("/api/prize/laureates/" + e.call().id(), null, Map.class).getBody())
                .containsEntry("name", "Bruno Second").doesNotContainKey("reasons");
        // By default the nominators are not told that the jury's first choice declined.
        String nominator = candidates.nominatorsOf(e.second()).get(0);
        assertThat(mailsTo(nominator)).extracting(PrizeScenario::text).filteredOn(m -> m.contains("the laureate is Bruno Second"))
                .singleElement().satisfies(m -> assertThat(m).doesNotContain("shortlist", "declined", "A lifetime of bridges"));
    }

    private String addressOf(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
    }


    @Test
    void theLaureateAnswersOnTheLinksPageOnce() throws Exception {
        Scored e = scoredEdition(Map.of(), 9, 7, 5);
        choose(e.chair(), e.call(), e.first());
        String page = "/prize/offers/" + offerToken("first@" + e.tag());

        ResponseEntity<String> shown = http.getForEntity(page, String.class);
        assertThat(shown.getStatusCode().value()).isEqualTo(200);
        assertThat(shown.getBody()).contains(e.call().title(), "id=\"accept\"", "id=\"decline\"");

        assertThat(postForm(page, "accept=true").getBody()).contains("id=\"accepted\"");
        runJobsUntilDone(10);
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.ACCEPTED);

        ResponseEntity<String> again = postForm(page, "accept=false");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("id=\"refusal\"");
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.ACCEPTED);
        assertThat(http.getForEntity("/prize/offers/not-a-token", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theOfferSpeaksToAPersonInTheirLanguageAndADeclineIsConfirmedFirst() throws Exception {
        Scored e = scoredEdition(Map.of(), 9, 7, 5);
        choose(e.chair(), e.call(), e.first());
        String mail = text(mailsToAddress("first@" + e.tag()).get(0));
        assertThat(mail).doesNotContain("POST", "{\"accept\"").contains("two buttons");
        String page = "/prize/offers/" + offerToken("first@" + e.tag());

        HttpHeaders french = new HttpHeaders();
        french.setAcceptLanguage(java.util.Locale.LanguageRange.parse("fr"));
        String shown = http.exchange(page, HttpMethod.GET, new HttpEntity<>(french), String.class).getBody();
        assertThat(shown).contains("lang=\"en\"", "I accept the prize").doesNotContain("J’accepte");

        String asked = postForm(page, "accept=false").getBody();
        assertThat(asked).contains("id=\"confirm-decline\"").doesNotContain("id=\"declined\"");
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.ASKED);

        assertThat(postForm(page, "accept=false&confirm=true").getBody()).contains("id=\"declined\"");
        runJobsUntilDone(10);
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.DECLINED);
    }

    private ResponseEntity<String> postForm(String path, String form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    @Test
    void silenceForThirtyDaysAsksTheNextOnTheShortlist() throws Exception {
        Scored e = scoredEdition(Map.of(), 9, 7, 5);
        choose(e.chair(), e.call(), e.first());
        String token = offerToken("first@" + e.tag());
        advanceEditionTo(e.call(), e.call().closesAt().plus(Duration.ofDays(29)));
        assertThat(mailsToAddress("second@" + e.tag())).isEmpty();
        advanceEditionTo(e.call(), e.call().closesAt().plus(Duration.ofDays(31)));
        assertThat(candidates.find(e.first()).orElseThrow().status()).isEqualTo(CandidateStatus.SILENT);
        assertThat(mailsToAddress("second@" + e.tag())).hasSize(1);
        assertThat(answer(token, true).getStatusCode().value()).isEqualTo(409);
        assertThat(editionProcess(e.call())).isWaitingAt("Task_AwaitAnswer").hasPassed("Task_RecordSilence");
    }

    @Test
    void whenTheShortlistRunsOutTheChairIsAskedAgain() throws Exception {
        Scored e = scoredEdition(Map.of("shortlistSize", 1), 9, 7, 5);
        choose(e.chair(), e.call(), e.first());
        answer(offerToken("first@" + e.tag()), false);
        ProcessInstance edition = editionProcess(e.call());
        assertThat(edition).isWaitingAt("Task_ChooseLaureate");
        assertThat(engine.getRuntimeService().getVariable(edition.getId(), "laureateOptions").toString())
                .doesNotContain(e.first()).contains(e.second(), e.third());
        choose(e.chair(), e.call(), e.third());
        assertThat(mailsToAddress("third@" + e.tag())).hasSize(1);
        assertThat(edition).isWaitingAt("Task_AwaitAnswer");
    }

    @Test
    void tiesAtTheLastPlaceOfTheShortlistAreShownNotHidden() throws Exception {
        Scored e = scoredEdition(Map.of("shortlistSize", 1), 8, 8, 5);
        List<RankedCandidate> shortlist = jury.shortlist(e.call().id(), 1);
        assertThat(shortlist).extracting(RankedCandidate::candidateId).containsExactlyInAnyOrder(e.first(), e.second());
        assertThat(shortlist).allMatch(r -> r.rank() == 1 && r.tied());
        String table = engine.getRuntimeService().getVariable(editionProcess(e.call()).getId(), "shortlistTable").toString();
        assertThat(table).contains(e.first(), e.second(), "\"tied\":true").doesNotContain(e.third());
    }

    @Test
    void aJurorConflictedWithACandidateNeitherScoresNorWeighsOnIt() {
        TwoCandidates setup = twoCandidatesOneConflict();
        Call call = setup.call();
        String chair = setup.chair();
        String conflicted = setup.conflicted();
        String a = setup.first();
        String b = setup.second();
        assertThat(tasksOf(conflicted, call)).hasSize(1);
        // The jury reads a candidate's CV; anyone else is told it does not exist.
        assertThat(get("/api/prize/candidates/" + b + "/cv", conflicted, byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/prize/candidates/" + b + "/cv", nominator("en"), byte[].class).getStatusCode().value()).isEqualTo(404);
        assertThat(tasks.getVariable(tasksOf(conflicted, call).get(0).getId(), "candidateId")).isEqualTo(b);
        score(chair, call, Map.of(a, 6, b, 6));
        score(conflicted, call, Map.of(b, 2));
        assertThat(jury.conflictedJurors(a)).containsExactly(conflicted);
        assertThat(jury.ranking(call.id())).extracting(RankedCandidate::candidateId, RankedCandidate::mean)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 6.0), org.assertj.core.groups.Tuple.tuple(b, 4.0));
    }

    @Test
    void anEditionClosedWithCandidatesAndNoJuryWaitsForTheManagersToAppointOne() {
        Call call = edition(List.of(), Map.of());
        String candidate = candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
        closeNominations(call);
        assertThat(editionProcess(call)).isWaitingAt("Task_AppointJury");
        Task appoint = tasks.createTaskQuery().processInstanceBusinessKey(call.id()).taskDefinitionKey("Task_AppointJury")
                .taskCandidateGroup("managers").singleResult();
        assertThat(appoint.getName()).isEqualTo("Appoint the jury: " + call.title());

        // Completing it before a jury is set is refused, and the task stays.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(appoint.getId()))
                .hasMessageContaining("Set the jury");
        assertThat(editionProcess(call)).isWaitingAt("Task_AppointJury");

        // Once closed, only the jury and its chair can be set; an empty jury is refused.
        String manager = manager();
        String chair = juror("en");
        assertThat(putEdition(call, manager, Map.of("nominatorGroups", List.of("reviewers"))).getStatusCode().value()).isEqualTo(409);
        assertThat(putEdition(call, manager, Map.of("jury", List.of())).getStatusCode().value()).isEqualTo(400);
        assertThat(putEdition(call, manager, Map.of("jury", List.of(chair), "chair", chair)).getStatusCode().value()).isEqualTo(200);

        tasks.complete(appoint.getId());
        assertThat(editionProcess(call)).isWaitingAt("SubProcess_Jury");
        assertThat(tasksOf(chair, call)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DeclareConflicts");
        assertThat(candidateProcess(candidate)).isWaitingAt("Task_AwaitOutcome");
        // With the jury working, the settings are closed again.
        assertThat(putEdition(call, manager, Map.of("jury", List.of(chair, juror("en")))).getStatusCode().value()).isEqualTo(409);
    }

    private ResponseEntity<Map> putEdition(Call call, String userId, Map<String, Object> settings) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, userId);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/prize/editions/" + call.id(), HttpMethod.PUT, new HttpEntity<>(json(settings), headers), Map.class);
    }

    record Scored(Call call, String chair, String tag, String first, String second, String third) {
    }

    /** One juror (the chair) scores three candidates; the edition waits for the chair's choice. */
    private Scored scoredEdition(Map<String, Object> rules, int first, int second, int third) {
        String chair = juror("en");
        Call call = edition(List.of(chair), rules);
        String tag = "e" + System.nanoTime() + ".example";
        String a = candidateNominated(call.id(), nominator("en"), nominee("Anna First", "Alpha University", "DE", "first@" + tag));
        String b = candidateNominated(call.id(), nominator("en"), nominee("Bruno Second", "Beta University", "IT", "second@" + tag));
        String c = candidateNominated(call.id(), nominator("en"), nominee("Carl Third", "Gamma University", "US", "third@" + tag));
        closeNominations(call);
        declareConflicts(chair, call);
        score(chair, call, Map.of(a, first, b, second, c, third));
        assertThat(editionProcess(call)).isWaitingAt("Task_ChooseLaureate");
        return new Scored(call, chair, tag, a, b, c);
    }

    /** The outbox template a received message was written from (its X-Grantflow-Notification header names it). */
    private String template(MimeMessage m) {
        try {
            return jdbc.sql("SELECT template FROM notification WHERE id = ?").param(m.getHeader("X-Grantflow-Notification")[0])
                    .query(String.class).single();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> messagesAboutEdition(Call call) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> text(m).contains(call.title())).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
