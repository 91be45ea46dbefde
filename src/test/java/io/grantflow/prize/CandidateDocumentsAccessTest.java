package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A juror who declared a conflict with a candidate cannot open the candidate's CV; the other jurors can. */
class CandidateDocumentsAccessTest extends PrizeScenario {

    @Test
    void aConflictedJurorGetsNotFoundForThatCandidatesCvOnly() {
        TwoCandidates edition = twoCandidatesOneConflict();

        assertThat(cv(edition.first(), edition.conflicted())).isEqualTo(404);
        assertThat(cv(edition.second(), edition.conflicted())).isEqualTo(200);
        assertThat(cv(edition.first(), edition.chair())).isEqualTo(200);
        assertThat(cv(edition.first(), juror("en"))).isEqualTo(404);
    }

    private int cv(String candidateId, String userId) {
        return get("/api/prize/candidates/" + candidateId + "/cv", userId, byte[].class).getStatusCode().value();
    }
}
