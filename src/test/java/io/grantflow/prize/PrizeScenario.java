package io.grantflow.prize;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.ParisTime;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.support.CallScenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A prize edition of its own: nominators of an allowed class, a jury, the clock moved to its closing and its embargo. */
abstract class PrizeScenario extends CallScenario {

    @Autowired PrizeEditions editions;
    @Autowired CandidateRepository candidates;
    @Autowired JuryService jury;

    protected String nominator(String language) {
        String id = user("nominator", language, Groups.APPLICANTS);
        identity.createMembership(id, PrizeGroups.UNIT_DIRECTORS);
        return id;
    }

    protected String juror(String language) {
        return user("juror", language, Groups.REVIEWERS);
    }

    /** A juror of the reviewers' pool with that name, and an institution and a country on his or her profile. */
    protected String jurorAt(String first, String last, String institution, String country) {
        String id = reviewerNamed(first, last, country, "physics");
        reviewers.save(new ReviewerProfile(id, institution, country, List.of("physics"), "physics", 4));
        return id;
    }

    /** An edition open since yesterday, closing in an hour, announced 60 days after closing. */
    protected Call edition(List<String> jurors, Map<String, Object> rules) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("PRIZE", "Prize " + System.nanoTime(),
                now.minusDays(1), now.plusHours(1), new BigDecimal("50000"), rules), "test");
        editions.configure(call.id(), new PrizeEditions.Settings(ParisTime.nearest(now.plusDays(61)), true, null, jurors,
                jurors.isEmpty() ? null : jurors.get(0), null), "test");
        return call;
    }

    protected static Map<String, Object> nominee(String name, String institution, String country, String email) {
        Map<String, Object> form = new HashMap<>();
        form.put("nomineeName", name);
        form.put("nomineeInstitution", institution);
        form.put("nomineeCountry", country);
        form.put("nomineeField", "Physics");
        form.put("nomineeEmail", email);
        form.put("nomineeLanguage", "en");
        form.put("statement", "A career of outstanding international collaboration.");
        return form;
    }

    protected ResponseEntity<Map> nominate(String callId, String nominatorId, Map<String, Object> form, int letters) {
        return nominate(callId, nominatorId, form, pdf(), letters);
    }

    protected ResponseEntity<Map> nominate(String callId, String nominatorId, Map<String, Object> form, byte[] cv, int letters) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("nomination", new HttpEntity<>(json(form), jsonHeaders));
        parts.add("cv", pdfPart(cv, "cv.pdf"));
        for (int i = 0; i < letters; i++) {
            parts.add("letters", pdfPart(pdf(), "letter" + i + ".pdf"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(nominatorId, nominatorId);
        return http.exchange("/api/calls/" + callId + "/nominations", HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    }

    protected String candidateNominated(String callId, String nominatorId, Map<String, Object> form) {
        ResponseEntity<Map> response = nominate(callId, nominatorId, form, 2);
        if (response.getStatusCode().value() != 201) {
            throw new IllegalStateException("nomination refused: " + response.getBody());
        }
        return (String) response.getBody().get("candidateId");
    }

    protected ProcessInstance editionProcess(Call call) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("prize-edition").processInstanceBusinessKey(call.id()).singleResult();
    }

    protected ProcessInstance candidateProcess(String candidateId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("prize-candidate").processInstanceBusinessKey(candidateId).singleResult();
    }

    /** Moves the clock to the instant and fires the edition's due timers, then delivers the mail; other tests' timers stay. */
    protected void advanceEditionTo(Call call, java.time.Instant instant) {
        moveClockTo(instant);
        String pid = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("prize-edition").processInstanceBusinessKey(call.id()).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(pid).executable().list()) {
            management.executeJob(job.getId());
        }
        runJobsUntilDone(10);
    }

    protected void closeNominations(Call call) {
        advanceEditionTo(call, call.closesAt().plusSeconds(60));
    }

    /** An edition of two jurors and two candidates after the conflicts: the second juror is conflicted with the first. */
    protected record TwoCandidates(Call call, String chair, String conflicted, String first, String second) {
    }

    protected TwoCandidates twoCandidatesOneConflict() {
        TwoCandidates edition = twoCandidatesAtConflicts();
        declareConflicts(edition.chair(), edition.call());
        declareConflicts(edition.conflicted(), edition.call(), edition.first());
        return edition;
    }

    /** The same edition when nominations have closed: both jurors have their conflicts to declare. */
    protected TwoCandidates twoCandidatesAtConflicts() {
        return twoCandidatesAtConflicts("en");
    }

    /** The same, the second juror speaking the given language. */
    protected TwoCandidates twoCandidatesAtConflicts(String secondJurorLanguage) {
        String chair = juror("en");
        String conflicted = juror(secondJurorLanguage);
        Call call = edition(List.of(chair, conflicted), Map.of());
        String first = candidateNominated(call.id(), nominator("en"), nominee("Ana Silva", "USP", "BR", "ana@usp.example"));
        String second = candidateNominated(call.id(), nominator("en"), nominee("Ben Okafor", "Unilag", "NG", "ben@unilag.example"));
        closeNominations(call);
        return new TwoCandidates(call, chair, conflicted, first, second);
    }

    protected List<Task> tasksOf(String userId, Call call) {
        return tasks.createTaskQuery().taskAssignee(userId).processInstanceBusinessKey(call.id()).list();
    }

    protected void declareConflicts(String jurorId, Call call, String... candidateIds) {
        Task task = tasksOf(jurorId, call).get(0);
        asUser(jurorId, () -> tasks.complete(task.getId(), Map.of("conflictedCandidateIds", new ArrayList<>(List.of(candidateIds)))));
    }

    /** Scores every candidate the juror has a task for, from the given scores by candidate id. */
    protected void score(String jurorId, Call call, Map<String, Integer> scores) {
        for (Task task : tasksOf(jurorId, call)) {
            String candidateId = (String) tasks.getVariable(task.getId(), "candidateId");
            asUser(jurorId, () -> tasks.complete(task.getId(), Map.of("score", (long) scores.get(candidateId), "comment", "fine")));
        }
    }

    protected Task chairTask(Call call) {
        return tasks.createTaskQuery().processInstanceBusinessKey(call.id()).taskDefinitionKey("Task_ChooseLaureate").singleResult();
    }

    protected void choose(String chairId, Call call, String candidateId) {
        Task task = chairTask(call);
        asUser(chairId, () -> tasks.complete(task.getId(), Map.of("laureateCandidateId", candidateId,
                "laureateReasons", "A lifetime of bridges between laboratories.")));
        runJobsUntilDone(10);
    }

    protected List<MimeMessage> mailsToAddress(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The once-only link of the last offer mailed to the address. */
    protected String offerToken(String address) throws Exception {
        List<MimeMessage> mails = mailsToAddress(address);
        String body = (String) mails.get(mails.size() - 1).getContent();
        int at = body.indexOf("/prize/offers/") + "/prize/offers/".length();
        int end = at;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return body.substring(at, end);
    }

    protected ResponseEntity<Map> answer(String token, boolean accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = http.exchange("/api/prize/offers/" + token, HttpMethod.POST,
                new HttpEntity<>("{\"accept\":" + accept + "}", headers), Map.class);
        runJobsUntilDone(10);
        return response;
    }

    protected static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
