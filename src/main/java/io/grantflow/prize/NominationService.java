package io.grantflow.prize;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.grantflow.application.ProposalCheck;
import io.grantflow.application.ProposalFile;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.funder.Funder;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.names.NameKey;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a nomination: every rule of the edition is checked at the door, then the nomination joins the
 * candidate it names (or a new one, with its own {@code prize-candidate} process) in one transaction.
 */
@Service
public class NominationService {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final PrizeEditions editions;
    private final CallService calls;
    private final CandidateRepository candidates;
    private final UserDirectory users;
    private final IdentityService identity;
    private final Funder funder;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NominationService(PrizeEditions editions, CallService calls, CandidateRepository candidates, UserDirectory users,
                      IdentityService identity, Funder funder, RuntimeService runtime, NotificationService notifications,
                      TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.editions = editions;
        this.calls = calls;
        this.candidates = candidates;
        this.users = users;
        this.identity = identity;
        this.funder = funder;
        this.runtime = runtime;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    public record Nominated(String nominationId, String candidateId) {
    }

    public Nominated nominate(String callId, String nominatorId, NominationForm form, ProposalFile cv, List<ProposalFile> letters) {
        Call call = editions.prizeCall(callId);
        CallStatus status = calls.statusOf(call);
        if (status != CallStatus.OPEN) {
            throw new ConflictException("callId", status == CallStatus.UPCOMING
                    ? "Nominations open at " + call.opensAt().atZone(Call.FUNDER_ZONE)
                    : "Nominations closed at " + call.closesAt().atZone(Call.FUNDER_ZONE));
        }
        PrizeEdition edition = editions.get(callId);
        if (!isOfAllowedClass(nominatorId, edition)) {
            throw new NominatorNotAllowedException(edition.nominatorGroups());
        }
        checkForm(form, nominatorId, edition);
        ProposalCheck.checkPdf("cv", cv, call.settings().whole("proposalMaxBytes"));
        int lettersMin = call.settings().integer("supportLettersMin");
        if (letters == null || letters.size() < lettersMin) {
            throw new InvalidInputException("letters", "at least " + lettersMin + " letters of support (PDF) are required");
        }
        for (int i = 0; i < letters.size(); i++) {
            ProposalCheck.checkPdf("letters[" + i + "]", letters.get(i), call.settings().whole("proposalMaxBytes"));
        }
        if (candidates.hasNominated(callId, nominatorId)) {
            throw new ConflictException("nominator", "You have already nominated someone for this edition");
        }
        try {
            return transaction.execute(tx -> store(call, nominatorId, form, cv, letters));
        } catch (DuplicateKeyException race) {
            throw new ConflictException("nominator", "You have already nominated someone for this edition");
        }
    }

    /** Whether the user belongs to one of the edition's nominator groups (whatever the edition's dates). */
    public boolean mayNominate(String callId, String userId) {
        return userId != null && isOfAllowedClass(userId, editions.get(callId));
    }

    /** The groups whose members may nominate for the edition: each id with its name in the identity store. */
    public Map<String, String> nominatorGroups(String callId) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String id : editions.get(callId).nominatorGroups()) {
            var group = identity.createGroupQuery().groupId(id).singleResult();
            groups.put(id, group == null || group.getName() == null ? id : group.getName());
        }
        return groups;
    }

    private boolean isOfAllowedClass(String userId, PrizeEdition edition) {
        return edition.nominatorGroups().stream()
                .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    }

    /** The longest address SMTP delivers (a forward path of 256 with its brackets), as for applicants and partners. */
    static final int MAX_EMAIL_CHARS = 254;

    private void checkForm(NominationForm form, String nominatorId, PrizeEdition edition) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "nomineeName", form.nomineeName(), 200);
        required(problems, "nomineeInstitution", form.nomineeInstitution(), 300);
        required(problems, "nomineeField", form.nomineeField(), 200);
        required(problems, "statement", form.statement(), 20000);
        required(problems, "nomineeEmail", form.nomineeEmail(), MAX_EMAIL_CHARS);
        if (form.nomineeEmail() != null && !form.nomineeEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("nomineeEmail", "is not an email address"));
        }
        if (form.nomineeLanguage() != null && !List.of("en", "fr").contains(form.nomineeLanguage())) {
            problems.add(new FieldProblem("nomineeLanguage", "must be en or fr"));
        }
        String country = form.nomineeCountry() == null ? "" : form.nomineeCountry().trim().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(country)) {
            problems.add(new FieldProblem("nomineeCountry", "must be an ISO 3166 alpha-2 country code"));
        } else if (edition.excludeHomeCountry() && funder.isHomeCountry(country)) {
            problems.add(new FieldProblem("nomineeCountry", "this edition excludes nominees from " + funder.country()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String nominee = NameKey.of(form.nomineeName());
        Contact nominator = users.contact(nominatorId);
        if (nominee.equals(NameKey.of(nominator.name())) || form.nomineeEmail().trim().equalsIgnoreCase(nominator.email())) {
            throw new InvalidInputException("nomineeName", "you cannot nominate yourself");
        }
        for (String juror : edition.jury()) {
            if (nominee.equals(NameKey.of(users.contact(juror).name()))) {
                throw new InvalidInputException("nomineeName", "a member of the jury cannot be nominated");
            }
        }
    }

    private Nominated store(Call call, String nominatorId, NominationForm form, ProposalFile cv, List<ProposalFile> letters) {
        String candidateId = candidateFor(call, form);
        String nominationId = UUID.randomUUID().toString();
        candidates.insertNomination(nominationId, call.id(), candidateId, nominatorId, form.statement().trim(), clock.instant());
        candidates.insertDocument(nominationId, "CV", ProposalCheck.safeFileName(cv.fileName()), cv.content());
        for (ProposalFile letter : letters) {
            candidates.insertDocument(nominationId, "LETTER", ProposalCheck.safeFileName(letter.fileName()), letter.content());
        }
        notifications.send("prize-nomination-received", users.contact(nominatorId),
                Map.of("name", users.contact(nominatorId).name(), "edition", call.title(), "reference", nominationId), nominationId);
        List<String> supporters = candidates.nominatorsOf(candidateId);
        if (supporters.size() > 1) { // joined an earlier candidate: the managers see who now supports whom
            Candidate candidate = candidates.find(candidateId).orElseThrow();
            notifications.sendToManagers("prize-nominations-merged", Map.of("edition", call.title(), "candidate", candidate.label(),
                    "nominators", String.join(", ", supporters.stream().map(id -> users.contact(id).name() + " (" + id + ")").toList())),
                    candidateId);
        }
        return new Nominated(nominationId, candidateId);
    }

    /**
     * The same normalised name and institution is the same person. The same name at another institution may be
     * the same person who moved: a new candidate, which a manager confirms or merges in its process.
     */
    private String candidateFor(Call call, NominationForm form) {
        List<Candidate> sameName = candidates.sameName(call.id(), form.nomineeName());
        String institutionKey = NameKey.of(form.nomineeInstitution());
        for (Candidate c : sameName) {
            if (NameKey.of(c.institution()).equals(institutionKey)) {
                return c.id();
            }
        }
        Candidate candidate = new Candidate(UUID.randomUUID().toString(), call.id(), form.nomineeName().trim(),
                form.nomineeInstitution().trim(), form.nomineeCountry().trim().toUpperCase(Locale.ROOT), form.nomineeField().trim(),
                form.nomineeEmail().trim(), form.nomineeLanguage() == null ? "en" : form.nomineeLanguage(),
                CandidateStatus.NOMINATED, sameName.isEmpty() ? null : sameName.get(0).id());
        candidates.insert(candidate, clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put("candidateId", candidate.id());
        variables.put("callId", call.id());
        variables.put("candidateName", candidate.label());
        variables.put("possibleDuplicateOf", candidate.possibleDuplicateOf());
        variables.put("possibleDuplicateName", sameName.isEmpty() ? null : sameName.get(0).label());
        String processInstanceId = runtime.startProcessInstanceByKey(calls.programmeOf(call).applicationProcess(), candidate.id(), variables).getId();
        candidates.setProcessInstance(candidate.id(), processInstanceId);
        return candidate.id();
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
    }
}
