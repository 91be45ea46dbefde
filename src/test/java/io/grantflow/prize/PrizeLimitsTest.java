package io.grantflow.prize;

import static io.grantflow.support.TextAtLimit.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.ParisTime;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A prize edition whose title, nominee names, institutions, fields and statements are at their longest, in
 * several scripts: the "Same person?", conflict and scoring tasks carry shortened names, and the laureate's
 * offer and the announcement carry them whole in their text.
 */
class PrizeLimitsTest extends PrizeScenario {

    static final String EDITION = exactly("Ödön-Łukasz Prize — 国際賞 — الجائزة الدولية 🏆 ", 300);
    static final String NAME = exactly("Aiko Yamamoto-Łukasiewicz 山本愛子 عائشة 🌸 ", 200);
    static final String FIELD = exactly("Physique des matériaux quantiques — 量子材料物理学 ", 200);
    static final String STATEMENT = exactly("Une carrière de collaborations remarquables. 卓越した国際協力の経歴。 ", 20000);

    @Test
    void aNomineeAtTheLimitsGoesThroughAWholeEdition() throws Exception {
        String chair = juror("en");
        String juror = juror("fr");
        Call call = editionTitled(List.of(chair, juror));
        // The longest address SMTP delivers: a local part of 64 and a domain of labels of at most 63.
        String address = exactly("aiko.yamamoto.", 63) + "x@" + "k".repeat(63) + "." + "y".repeat(63) + "." + "o".repeat(55) + ".ac.jp";
        assertThat(address).hasSize(NominationService.MAX_EMAIL_CHARS);
        String aiko = candidateNominated(call.id(), nominator("en"), nomineeAtLimits("京都大学 Université de Kyōto ", address));
        String other = candidateNominated(call.id(), nominator("fr"), nomineeAtLimits("大阪大学 Université d'Ōsaka ", "aiko@osaka-u.ac.jp"));

        Task match = tasks.createTaskQuery().processInstanceBusinessKey(other).singleResult();
        assertThat(match.getName()).startsWith("Same person? Aiko Yamamoto").contains("… / Aiko Yamamoto").endsWith("…")
                .hasSizeLessThan(255);
        asUser(manager(), () -> tasks.complete(match.getId(), Map.of("matchAnswer", "different")));

        closeNominations(call);
        assertThat(editionProcess(call)).isWaitingAt("Task_DeclareConflicts");
        assertThat(tasksOf(chair, call)).singleElement()
                .satisfies(t -> assertThat(t.getName()).startsWith("Declare conflicts: Ödön-Łukasz Prize").hasSizeLessThan(255));
        declareConflicts(chair, call);
        declareConflicts(juror, call);
        assertThat(tasksOf(juror, call)).hasSize(2)
                .allSatisfy(t -> assertThat(t.getName()).startsWith("Score: Aiko Yamamoto").endsWith("…").hasSizeLessThan(255));
        score(chair, call, Map.of(aiko, 9, other, 5));
        score(juror, call, Map.of(aiko, 8, other, 6));

        assertThat(chairTask(call).getName()).startsWith("Choose the laureate: Ödön-Łukasz Prize").hasSizeLessThan(255);
        choose(chair, call, aiko);
        MimeMessage offer = mailsToAddress(address).get(0);
        assertThat(offer.getSubject()).isEqualTo(EDITION + ": the jury has chosen you");
        assertThat(text(offer)).contains(NAME);
        assertThat(answer(offerToken(address), true).getStatusCode().value()).isEqualTo(204);

        advanceEditionTo(call, editions.get(call.id()).announceAt().plusSeconds(60));
        assertThat(editionProcess(call)).isNull();
        List<MimeMessage> announcements = mailsToAddress(juror + "@test.grantflow.example");
        MimeMessage announcement = announcements.get(announcements.size() - 1);
        assertThat(announcement.getSubject()).startsWith(EDITION).endsWith("…").hasSizeLessThanOrEqualTo(500);
        assertThat((String) announcement.getContent()).contains(NAME);
    }

    private Call editionTitled(List<String> jurors) {
        LocalDateTime now = LocalDateTime.ofInstant(CallService.now(), Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("PRIZE", EDITION, now.minusDays(1), now.plusHours(1),
                new BigDecimal("50000"), Map.of()), "test");
        editions.configure(call.id(), new PrizeEditions.Settings(ParisTime.nearest(now.plusDays(61)), true, null, jurors, jurors.get(0), null), "test");
        return call;
    }

    private static Map<String, Object> nomineeAtLimits(String institution, String email) {
        Map<String, Object> form = nominee(NAME, exactly(institution, 300), "JP", email);
        form.put("nomineeField", FIELD);
        form.put("statement", STATEMENT);
        return form;
    }
}
