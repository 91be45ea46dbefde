package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.CallScenario;
import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A call's reviewers score its own criteria, given by the manager who creates it, or else its programme's. */
class CallCriteriaTest extends IntegrationTest {

    @Test
    void aManagerGivesACallItsOwnCriteriaAndTheCallShowsThem() {
        ResponseEntity<Map> created = create("FIRST_STEP", CallScenario.FOUR_CRITERIA);

        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> shown = get("/api/calls/" + created.getBody().get("id"), null, Map.class).getBody();
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) shown.get("criteria");
        assertThat(criteria).extracting(c -> c.get("id")).containsExactly("quality", "feasibility", "partnership", "training");
        Map<String, Object> feasibility = criteria.get(1);
        assertThat(feasibility.keySet()).containsExactly("id", "name", "weight", "threshold", "levels");
        assertThat(feasibility.get("name")).isEqualTo(Map.of("en", "Feasibility", "fr", "Faisabilité"));
        assertThat(((Number) feasibility.get("weight")).doubleValue()).isEqualTo(1.0);
        assertThat(((Number) feasibility.get("threshold")).doubleValue()).isEqualTo(2.5);
        assertThat((Map<String, Object>) feasibility.get("levels")).containsEntry("2", Map.of("en", "Doubtful", "fr", "Douteux"));
        assertThat(criteria.get(3).get("threshold")).isNull();
        assertThat(((Map<String, Object>) criteria.get(3).get("levels")).keySet()).containsExactly("0", "1", "2");
    }

    @Test
    void aCallWithoutCriteriaGivenHasItsProgrammes() {
        ResponseEntity<Map> created = create("IRP", null);

        Map<String, Object> shown = get("/api/calls/" + created.getBody().get("id"), null, Map.class).getBody();
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) shown.get("criteria");
        assertThat(criteria).extracting(c -> c.get("id")).containsExactly("quality", "feasibility", "collaboration");
        assertThat(criteria.get(2).get("name"))
                .isEqualTo(Map.of("en", "Value of the international collaboration", "fr", "Intérêt de la collaboration internationale"));
        assertThat(((Map<String, Object>) criteria.get(0).get("levels"))).hasSize(5);
    }

    @Test
    void aCallStoredWithoutCriteriaReadsAsItsProgrammes() {
        String id = (String) create("FIRST_STEP", CallScenario.FOUR_CRITERIA).getBody().get("id");
        jdbc.sql("UPDATE grant_call SET criteria = NULL WHERE id = ?").param(id).update();

        List<Map<String, Object>> criteria = (List<Map<String, Object>>) get("/api/calls/" + id, null, Map.class).getBody().get("criteria");

        assertThat(criteria).extracting(c -> c.get("id")).containsExactly("quality", "feasibility", "collaboration");
    }

    @Test
    void badCriteriaAreRefusedNamingEachFieldAndNoCallIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM grant_call").query(Long.class).single();
        ResponseEntity<Map> refused = create("FIRST_STEP", """
                [{"id":"quality","name":{"en":"Quality","fr":"Qualité"},"weight":1,"threshold":6,
                  "levels":{"1":{"en":"Weak","fr":"Faible"},"5":{"en":"Strong","fr":"Fort"}}},
                 {"id":"quality","name":{"en":"Quality again"},"weight":0,
                  "levels":{"1":{"en":"Weak","fr":"Faible"}}},
                 {"id":"Team spirit","name":{"en":"Team","fr":"Équipe"},"weight":-2,
                  "levels":{"1":{"en":"Weak","fr":"Faible"},"2":{"en":"","fr":"Fort"}}},
                 null]""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactlyInAnyOrder("criteria[0].threshold", "criteria[1].id",
                "criteria[1].name.fr", "criteria[1].weight", "criteria[1].levels", "criteria[2].id", "criteria[2].weight",
                "criteria[2].levels.2.en", "criteria[3]");
        assertThat(messages(refused)).contains("must lie within the levels, from 1 to 5");

        assertThat(fields(create("FIRST_STEP", "[]"))).containsExactly("criteria");
        String nine = "[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> """
                {"id":"c%d","name":{"en":"C","fr":"C"},"weight":1,"levels":{"1":{"en":"a","fr":"a"},"2":{"en":"b","fr":"b"}}}"""
                .formatted(i)).toList()) + "]";
        assertThat(fields(create("FIRST_STEP", nine))).containsExactly("criteria");
        assertThat(fields(create("FIRST_STEP", """
                [{"id":"quality","name":{"en":"Q","fr":"Q"},"weight":"heavy","levels":{}}]"""))).containsExactly("criteria[0].weight");
        assertThat(fields(create("PRIZE", CallScenario.FOUR_CRITERIA))).containsExactly("criteria");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grant_call").query(Long.class).single()).isEqualTo(before);
    }

    private ResponseEntity<Map> create(String programme, String criteria) {
        String manager = manager();
        return sendJson(HttpMethod.POST, "/api/calls", manager, """
                {"programme":"%s","title":"Criteria call %d","opensAt":"2027-12-01T09:00","closesAt":"2028-01-15T17:00",
                 "envelopeEur":50000%s}""".formatted(programme, System.nanoTime(),
                criteria == null ? "" : ",\"criteria\":" + criteria), Map.class);
    }

    private static List<String> fields(ResponseEntity<Map> refused) {
        return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private static List<String> messages(ResponseEntity<Map> refused) {
        return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("message")).toList();
    }
}
