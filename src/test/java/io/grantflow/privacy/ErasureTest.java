package io.grantflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * An applicant asks for erasure from the account page; a manager cannot erase while the application runs, refuses
 * with a reason the applicant reads, and erases once it has ended: the rows about the person go, the application stays
 * as an anonymous line that the counts still see, and the account is deleted.
 */
class ErasureTest extends IntegrationTest {

    @Test
    void aRunningApplicationHoldsTheErasureAndAnEndedOneIsErasedToAnAnonymousLine() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String application = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
        PortalSession person = PortalSession.logIn(port, applicant);
        assertThat(person.postForm("/portal/account", "/portal/account/erasure", Map.of()).statusCode()).isEqualTo(302);
        assertThat(person.postForm("/portal/account", "/portal/account/erasure", Map.of()).statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM erasure_request WHERE user_id = ?", applicant)).isEqualTo(1);
        assertThat(page(person, "/portal/account")).contains("id=\"erasure-asked\"").doesNotContain("id=\"ask-erasure\"");
        String request = jdbc.sql("SELECT id FROM erasure_request WHERE user_id = ?").param(applicant).query(String.class).single();

        PortalSession manager = PortalSession.logIn(port, manager());
        assertThat(page(manager, "/portal/dashboard")).contains("data-todo=\"erasures\"");
        String list = page(manager, "/portal/dashboard/erasures");
        assertThat(list).contains("data-request=\"" + request + "\"", "Graphene photonics");
        HttpResponse<byte[]> held = manager.postForm("/portal/dashboard/erasures", "/portal/dashboard/erasures/" + request + "/confirm", Map.of());
        assertThat(held.statusCode()).isEqualTo(409);
        assertThat(new String(held.body(), StandardCharsets.UTF_8)).contains("Nothing was erased");
        assertThat(identity.createUserQuery().userId(applicant).count()).isEqualTo(1);
        assertThat(PortalSession.logIn(port, applicant).getPage("/portal/dashboard/erasures").statusCode()).isEqualTo(403);

        // the application's process ends (withdrawn here); the manager erases
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(application).list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "withdrawn"));
        assertThat(page(manager, "/portal/dashboard/erasures")).contains("Erase this person");
        HttpResponse<byte[]> erased = manager.postForm("/portal/dashboard/erasures", "/portal/dashboard/erasures/" + request + "/confirm", Map.of());
        assertThat(erased.statusCode()).isEqualTo(302);

        assertThat(identity.createUserQuery().userId(applicant).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
        assertThat(jdbc.sql("SELECT applicant_id, title FROM application WHERE id = ?").param(application).query().singleRow())
                .containsEntry("TITLE", PersonalDataErasure.ERASED)
                .hasEntrySatisfying("APPLICANT_ID", id -> assertThat((String) id).startsWith("erased-"));
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_document WHERE application_id = ?", application)).isZero();
        assertThat(count("SELECT COUNT(*) FROM application_partner WHERE application_id = ?", application)).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", applicant)).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(application).count()).isZero();
        assertThat(manager.postForm("/portal/dashboard/erasures", "/portal/dashboard/erasures/" + request + "/confirm", Map.of())
                .statusCode()).isEqualTo(409);
    }

    @Test
    void aRefusedRequestShowsTheManagersReasonToThePerson() {
        String applicant = applicant("fr");
        PortalSession person = PortalSession.logIn(port, applicant);
        person.postForm("/portal/account", "/portal/account/erasure", Map.of());
        String request = jdbc.sql("SELECT id FROM erasure_request WHERE user_id = ?").param(applicant).query(String.class).single();
        PortalSession manager = PortalSession.logIn(port, manager());
        assertThat(manager.postForm("/portal/dashboard/erasures", "/portal/dashboard/erasures/" + request + "/refuse",
                Map.of("note", "x".repeat(1001))).statusCode()).isEqualTo(400);
        assertThat(manager.postForm("/portal/dashboard/erasures", "/portal/dashboard/erasures/" + request + "/refuse",
                Map.of("note", "Votre convention impose de garder le dossier cinq ans.")).statusCode()).isEqualTo(302);
        assertThat(page(person, "/portal/account")).contains("a refusé votre dernière demande",
                "Votre convention impose de garder le dossier cinq ans.", "id=\"ask-erasure\"");
    }

    private static String page(PortalSession session, String path) {
        return new String(session.getPage(path).body(), StandardCharsets.UTF_8);
    }
}
