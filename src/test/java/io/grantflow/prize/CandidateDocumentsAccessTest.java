package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A juror opens a candidate's CV only after declaring his or her conflicts, and never the CV of a candidate he or she
 * declared a conflict with; the other jurors can.
 */
class CandidateDocumentsAccessTest extends PrizeScenario {

    @Test
    void aConflictedJurorGetsNotFoundForThatCandidatesCvOnly() {
        TwoCandidates edition = twoCandidatesOneConflict();

        assertThat(cv(edition.first(), edition.conflicted())).isEqualTo(404);
        assertThat(cv(edition.second(), edition.conflicted())).isEqualTo(200);
        assertThat(cv(edition.first(), edition.chair())).isEqualTo(200);
        assertThat(cv(edition.first(), juror("en"))).isEqualTo(404);
    }

    @Test
    void beforeTheDeclarationAJurorSeesTheCandidatesNamesButNoCv() {
        TwoCandidates edition = twoCandidatesAtConflicts();

        assertThat(cv(edition.first(), edition.chair())).as("before the declaration").isEqualTo(404);
        assertThat(cv(edition.second(), edition.conflicted())).as("before the declaration").isEqualTo(404);
        declareConflicts(edition.chair(), edition.call());
        assertThat(cv(edition.first(), edition.chair())).isEqualTo(200);
        assertThat(cv(edition.second(), edition.conflicted())).as("the other juror has not declared yet").isEqualTo(404);
    }

    private int cv(String candidateId, String userId) {
        return get("/api/prize/candidates/" + candidateId + "/cv", userId, byte[].class).getStatusCode().value();
    }
}
