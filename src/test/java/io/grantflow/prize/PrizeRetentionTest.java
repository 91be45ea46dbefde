package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.retention.PurgeRun;
import io.grantflow.retention.RetentionPurge;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The International Prize keeps an edition ten years after its end: then the purge deletes its nominations, CVs and
 * letters, candidates, jury marks, offers and messages, the edition page's figures stay, and the laureate announced
 * in public stays on the laureate page. A running edition and one a day inside its period are kept; a second run
 * changes nothing.
 */
class PrizeRetentionTest extends PrizeScenario {

    @Autowired RetentionPurge purge;
    @Autowired EditionProgress progress;

    @Test
    void anEditionPastItsPeriodLosesItsPeopleAndKeepsItsFiguresAndItsLaureate() throws Exception {
        Ended ended = endedEdition();
        Call running = scored().call();
        moveClockTo(ClockUtil.getCurrentTime().toInstant().plusSeconds(2 * 86400));
        Ended inside = endedEdition();
        Instant insideEnd = ClockUtil.getCurrentTime().toInstant();

        String callId = ended.call().id();
        assertThat(get("/api/prize/candidates/" + ended.laureate() + "/cv", ended.chair(), byte[].class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ?", callId)).isPositive();
        EditionProgress.Progress before = progress.of(callId);
        Map<?, ?> laureate = get("/api/prize/laureates/" + callId, null, Map.class).getBody();
        long sentBefore = sentAbout(callId);

        // ten years after the later edition ended, less a day: the first ended two days earlier, past its period
        moveClockTo(ZonedDateTime.ofInstant(insideEnd, Call.FUNDER_ZONE).plusYears(10).minusDays(1).toInstant());
        PurgeRun run = purge.purgeExpired();

        assertThat(run.failed()).isZero();
        assertThat(run.editions().get("PRIZE")).isPositive();
        assertThat(run.kept()).as("the running edition").isPositive();
        for (String table : List.of("prize_nomination", "prize_candidate", "prize_jury_mark", "prize_offer")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE call_id = ?", callId)).as(table).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM prize_document d WHERE d.nomination_id IN (?, ?, ?)", ended.nominations().toArray()))
                .as("CVs and letters").isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id IN (?, ?, ?, ?)", callId,
                ended.nominations().get(0), ended.nominations().get(1), ended.nominations().get(2))).as("outbox").isZero();
        assertThat(get("/api/prize/candidates/" + ended.laureate() + "/cv", ended.chair(), String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(progress.of(callId).steps()).isEqualTo(before.steps());
        assertThat(sentAbout(callId)).as("messages sent, counted").isEqualTo(sentBefore);
        assertThat(get("/api/prize/laureates/" + callId, null, Map.class).getBody()).isEqualTo(laureate)
                .containsEntry("name", "Anna First").containsEntry("institution", "Alpha University");
        assertThat(jdbc.sql("SELECT to_value FROM audit_trail WHERE call_id = ? AND action = 'retention'").param(callId)
                .query(String.class).single()).isEqualTo("International prize: 1 (retentionYears 10)");

        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", running.id())).as("running").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", inside.call().id())).as("a day inside").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM prize_nomination WHERE call_id = ?", inside.call().id())).isEqualTo(3);

        Map<String, Object> kept = jdbc.sql("SELECT * FROM retained_prize_count WHERE call_id = ?").param(callId).query().singleRow();
        PurgeRun again = purge.purgeExpired();
        assertThat(again.editionsPurged()).isZero();
        assertThat(jdbc.sql("SELECT * FROM retained_prize_count WHERE call_id = ?").param(callId).query().singleRow()).isEqualTo(kept);
        assertThat(progress.of(callId).steps()).isEqualTo(before.steps());
        assertThat(sentAbout(callId)).isEqualTo(sentBefore);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE call_id = ? AND action = 'retention'", callId)).isOne();

        // two days on, the later edition's period has passed too
        moveClockTo(ZonedDateTime.ofInstant(insideEnd, Call.FUNDER_ZONE).plusYears(10).plusDays(1).toInstant());
        purge.purgeExpired();
        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", inside.call().id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", running.id())).as("still running").isEqualTo(3);
    }

    record Scored(Call call, String chair, String tag, String first) {
    }

    record Ended(Call call, String chair, String laureate, List<String> nominations) {
    }

    /** An edition carried to its announcement: the chair's choice accepts and is announced once the embargo ends. */
    private Ended endedEdition() throws Exception {
        Scored e = scored();
        choose(e.chair(), e.call(), e.first());
        assertThat(answer(offerToken("first@" + e.tag()), true).getStatusCode().value()).isEqualTo(204);
        advanceEditionTo(e.call(), editions.get(e.call().id()).announceAt().plusSeconds(60));
        assertThat(editionProcess(e.call())).isNull();
        List<String> nominations = jdbc.sql("SELECT id FROM prize_nomination WHERE call_id = ?").param(e.call().id())
                .query(String.class).list();
        return new Ended(e.call(), e.chair(), e.first(), nominations);
    }

    private Scored scored() {
        String chair = juror("en");
        Call call = edition(List.of(chair), Map.of());
        String tag = "r" + System.nanoTime() + ".example";
        String a = candidateNominated(call.id(), nominator("en"), nominee("Anna First", "Alpha University", "DE", "first@" + tag));
        String b = candidateNominated(call.id(), nominator("en"), nominee("Bruno Second", "Beta University", "IT", "second@" + tag));
        String c = candidateNominated(call.id(), nominator("en"), nominee("Carl Third", "Gamma University", "US", "third@" + tag));
        closeNominations(call);
        declareConflicts(chair, call);
        score(chair, call, Map.of(a, 9, b, 7, c, 5));
        return new Scored(call, chair, tag, a);
    }

    /** The messages about the edition the mail server took, from the outbox and the counts the purge kept. */
    private long sentAbout(String callId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM notification WHERE status = 'SENT' AND reference_id IN
                           (SELECT :c UNION ALL SELECT id FROM prize_nomination WHERE call_id = :c
                            UNION ALL SELECT id FROM prize_candidate WHERE call_id = :c UNION ALL SELECT id FROM prize_offer WHERE call_id = :c))
                     + (SELECT COALESCE(SUM(sent), 0) FROM retained_message_count WHERE call_id = :c)""")
                .param("c", callId).query(Long.class).single();
    }
}
