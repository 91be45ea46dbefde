package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** Each juror is told by mail, in his or her language, when conflicts and then scores wait in Tasklist; the chair when the choice does. */
class JuryMailsTest extends PrizeScenario {

    @Test
    void jurorsAreToldOfTheirConflictsThenOfTheirScoresAndTheChairOfTheChoice() {
        TwoCandidates e = twoCandidatesAtConflicts("fr");
        Call call = e.call();
        String chair = e.chair();
        String french = e.conflicted();
        String ana = e.first();
        String ben = e.second();

        assertThat(subjects(chair)).containsExactly(call.title() + ": please declare your conflicts of interest");
        assertThat(subjects(french)).containsExactly(call.title() + " : merci de déclarer vos conflits d'intérêts");
        assertThat(text(mailsTo(french).get(0))).contains("/camunda/app/tasklist/").contains("My reviews");

        declareConflicts(chair, call);
        declareConflicts(french, call, ana);
        runJobsUntilDone(10);
        assertThat(subjects(chair)).contains(call.title() + ": 2 candidate(s) to score");
        assertThat(subjects(french)).contains(call.title() + " : 1 candidat(s) à noter");
        assertThat(subjects(chair)).noneMatch(s -> s.contains("shortlist"));

        score(chair, call, Map.of(ana, 8, ben, 7));
        score(french, call, Map.of(ben, 6));
        runJobsUntilDone(10);
        assertThat(subjects(chair)).last().isEqualTo(call.title() + ": the shortlist is ready for the jury's choice");
        assertThat(subjects(french)).noneMatch(s -> s.contains("liste restreinte"));
    }

    private List<String> subjects(String userId) {
        runJobsUntilDone(10);
        return mailsTo(userId).stream().map(JuryMailsTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        return text(m).lines().findFirst().orElse("");
    }
}
