package io.grantflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The audit trail's table on PostgreSQL: a manager's change kept and read back, a refused one leaving nothing. */
class PostgresAuditTrailTest extends PostgresIntegrationTest {

    @Autowired ReviewerService reviewers;

    @Test
    void aPanelChangeIsKeptAndReadBackOnPostgresql() {
        String manager = manager();
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(reviewer, "Institute " + reviewer, "JP", List.of("graphene"), "graphene", 4));
        Call call = openFirstStepCall();
        String panel = "/api/calls/" + call.id() + "/panel";

        assertThat(sendJson(HttpMethod.PUT, panel, manager, "[\"nobody-at-all\"]", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sendJson(HttpMethod.PUT, panel, manager, "[\"" + reviewer + "\"]", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<List> trail = get("/api/calls/" + call.id() + "/audit", manager, List.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody()).singleElement().satisfies(e -> assertThat((Map<String, Object>) e)
                .containsEntry("who", manager).containsEntry("action", "panel").containsEntry("from", "").containsEntry("to", reviewer));
    }
}
