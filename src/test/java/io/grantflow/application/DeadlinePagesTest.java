package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** Every portal page that shows a call's deadline says that it is Paris time, in English and in French. */
class DeadlinePagesTest extends IntegrationTest {

    @Test
    void theCallListApplyPageAndApplicationPageGiveTheDeadlineInParisTime() {
        LocalDate inAWeek = LocalDate.now(Call.FUNDER_ZONE).plusDays(7);
        Call call = calls.create(new CallService.NewCall("FIRST_STEP", "Deadline call " + System.nanoTime(),
                inAWeek.minusDays(14).atTime(9, 0), inAWeek.atTime(17, 0), new BigDecimal("100000"), Map.of()), "test");
        String alice = applicant("en");
        String id = (String) submit(call.id(), alice, eligibleApplication(), pdf(), null).getBody().get("id");
        PortalSession session = PortalSession.logIn(port, alice);

        assertThat(page(session, "/?lang=en")).contains("17:00 (Paris time)");
        assertThat(page(session, "/portal/calls/" + call.id() + "/apply")).contains("17:00 (Paris time)");
        assertThat(page(session, "/portal/applications/" + id)).contains("17:00 (Paris time)").contains("Times are Paris time.");
        assertThat(page(session, "/portal/applications")).contains("Submitted (Paris time)");

        assertThat(page(session, "/?lang=fr")).contains("17:00 (heure de Paris)");
        assertThat(page(session, "/portal/calls/" + call.id() + "/apply")).contains("17:00 (heure de Paris)");
        assertThat(page(session, "/portal/applications/" + id)).contains("appel : ").contains("17:00 (heure de Paris)");
    }

    private static String page(PortalSession session, String path) {
        return new String(session.get(path).body(), StandardCharsets.UTF_8);
    }
}
