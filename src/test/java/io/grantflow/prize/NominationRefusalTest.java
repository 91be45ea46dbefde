package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Every nomination the edition's rules refuse is refused at the door, naming the field, and leaves nothing behind. */
class NominationRefusalTest extends PrizeScenario {

    @Test
    void aNominationByAnAllowedNominatorIsTakenAndAcknowledged() {
        Call call = edition(List.of(juror("en")), Map.of());
        String nominator = nominator("fr");
        ResponseEntity<Map> response = nominate(call.id(), nominator, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"), 2);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        runJobsUntilDone(10);
        assertThat(mailSubjectsTo(nominator)).contains("Votre nomination pour " + call.title() + " a bien été reçue");
        assertThat(candidateProcess((String) response.getBody().get("candidateId"))).isNotNull();
    }

    @Test
    void selfNominationIsRefused() {
        Call call = edition(List.of(juror("en")), Map.of());
        String nominator = nominator("en");
        // Test users are named "Test <prefix>": the nominee's name is the nominator's, spelt differently.
        assertRefused(nominate(call.id(), nominator, nominee("  TEST   Nominator ", "Somewhere", "JP", "x@y.example"), 2),
                400, "nomineeName");
        assertRefused(nominate(call.id(), nominator, nominee("Someone Else", "Somewhere", "JP", nominator + "@test.grantflow.example"), 2),
                400, "nomineeName");
        assertNothingStored(call);
    }

    @Test
    void aSecondNominationBySameNominatorIsRefused() {
        Call call = edition(List.of(juror("en")), Map.of());
        String nominator = nominator("en");
        candidateNominated(call.id(), nominator, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"));
        assertRefused(nominate(call.id(), nominator, nominee("Bo Lindqvist", "Lund University", "SE", "bo@lund.example"), 2),
                409, "nominator");
        assertThat(count("SELECT COUNT(*) FROM prize_nomination WHERE call_id = ?", call.id())).isEqualTo(1);
    }

    @Test
    void aJuryMemberCannotBeNominated() {
        Call call = edition(List.of(juror("en")), Map.of());
        assertRefused(nominate(call.id(), nominator("en"), nominee("Test Juror", "Oslo University", "NO", "j@oslo.example"), 2),
                400, "nomineeName");
        assertNothingStored(call);
    }

    @Test
    void aNomineeFromTheFundersCountryIsRefusedWhereTheEditionExcludesIt() {
        Call call = edition(List.of(juror("en")), Map.of());
        assertRefused(nominate(call.id(), nominator("en"), nominee("Jean Dupont", "Sorbonne", "FR", "jd@sorbonne.example"), 2),
                400, "nomineeCountry");
        assertNothingStored(call);
    }

    @Test
    void aClosedEditionRefusesNominations() {
        Call call = edition(List.of(juror("en")), Map.of());
        moveClockTo(call.closesAt().plusSeconds(1));
        assertRefused(nominate(call.id(), nominator("en"), nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"), 2),
                409, "callId");
        assertNothingStored(call);
    }

    @Test
    void aNominatorOutsideTheAllowedClassesIsRefused() {
        Call call = edition(List.of(juror("en")), Map.of());
        String plainApplicant = user("applicant", "en", Groups.APPLICANTS);
        assertRefused(nominate(call.id(), plainApplicant, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"), 2),
                403, "nominator");
        assertNothingStored(call);
    }

    @Test
    void fewerThanTwoLettersOrACvThatIsNoPdfAreRefused() {
        Call call = edition(List.of(juror("en")), Map.of());
        String nominator = nominator("en");
        assertRefused(nominate(call.id(), nominator, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"), 1),
                400, "letters");
        assertRefused(nominate(call.id(), nominator, nominee("Ada Yamamoto", "Kyoto University", "JP", "ada@kyoto.example"),
                "not a pdf".getBytes(), 2), 400, "cv");
        assertNothingStored(call);
    }

    @Test
    void nominationsOfOnePersonSpeltDifferentlyMakeOneCandidateWithSeveralSupporters() {
        Call call = edition(List.of(juror("en")), Map.of());
        String first = candidateNominated(call.id(), nominator("en"), nominee("Zoë Ångström", "Université Laval", "CA", "zoe@laval.example"));
        String second = candidateNominated(call.id(), nominator("en"), nominee("zoe  ANGSTROM", "universite laval", "CA", "zoe@laval.example"));
        assertThat(second).isEqualTo(first);
        assertThat(candidates.nominatorsOf(first)).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", call.id())).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(ResponseEntity<Map> response, int status, String field) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains(field);
    }

    private void assertNothingStored(Call call) {
        assertThat(count("SELECT COUNT(*) FROM prize_nomination WHERE call_id = ?", call.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM prize_candidate WHERE call_id = ?", call.id())).isZero();
    }
}
