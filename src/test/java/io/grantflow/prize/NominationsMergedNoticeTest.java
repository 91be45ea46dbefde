package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import org.junit.jupiter.api.Test;

/** Two nominations of one person become one candidate: both nominations stay, and the managers are told who supports it. */
class NominationsMergedNoticeTest extends PrizeScenario {

    @Test
    void aSecondNominationOfThePersonJoinsTheCandidateAndTheManagersSeeIt() {
        String manager = manager();
        Call call = edition(List.of(juror("en")), Map.of());
        String first = nominator("en");
        String second = nominator("fr");
        String ada = candidateNominated(call.id(), first, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"));
        runJobsUntilDone(10);
        assertThat(mailsTo(manager)).isEmpty();

        assertThat(candidateNominated(call.id(), second, nominee("ADA yamamoto", "Kyoto  University", "JP", "ada@kyoto.example"))).isEqualTo(ada);
        runJobsUntilDone(10);

        assertThat(candidates.nominatorsOf(ada)).containsExactly(first, second);
        assertThat(mailsTo(manager)).extracting(PrizeScenario::text).singleElement()
                .satisfies(m -> assertThat(m).contains(call.title() + ": nominations merged for Ada Yamamoto (Kyoto University, JP)")
                        .contains("(" + first + ")", "(" + second + ")"));
    }
}
