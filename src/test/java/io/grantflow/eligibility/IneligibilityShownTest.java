package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the First Step table's failed conditions become for people, in English and in French: the applicant's letter
 * quotes each reason with its values, the status page says the application is not eligible, and the manager's
 * review task lists the reason codes.
 */
class IneligibilityShownTest extends IntegrationTest {

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "Not eligible", List.of(
                        "The unit \"NOTOURS1\" is not one of the funder's research units.",
                        "The requested budget (10000.5 EUR) is above the call's cap of 10000 EUR.",
                        "The project lasts 13 months; the call allows at most 12.")),
                Arguments.of("fr", "Non éligible", List.of(
                        "L'unité « NOTOURS1 » n'est pas une unité de recherche du financeur.",
                        "Le budget demandé (10000.5 EUR) dépasse le plafond de l'appel, 10000 EUR.",
                        "Le projet dure 13 mois ; l'appel permet au plus 12 mois.")));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theApplicantReadsEveryReasonWithItsValuesAndTheManagerItsCode(String language, String status, List<String> reasons)
            throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant(language);
        String id = submitIneligible(call, applicant);

        assertThat(letterTo(applicant)).contains(reasons);
        assertThat(statusPage(applicant, id)).contains(status);
        assertThat(reviewTaskReasons(id)).isEqualTo("UNIT_NOT_FUNDER,BUDGET_OVER_CAP,DURATION_TOO_LONG");
    }

    private String submitIneligible(Call call, String applicant) {
        Map<String, Object> application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        application.put("budgetEur", 10000.5);
        application.put("durationMonths", 13);
        return (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");
    }

    private String letterTo(String applicant) throws Exception {
        runJobs();
        MimeMessage letter = mailsTo(applicant).get(0);
        return (String) letter.getContent();
    }

    private String statusPage(String applicant, String applicationId) {
        return new String(PortalSession.logIn(port, applicant).get("/portal/applications/" + applicationId).body(), StandardCharsets.UTF_8);
    }

    private String reviewTaskReasons(String applicationId) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey("Task_ReviewIneligibility").singleResult();
        return (String) engine.getTaskService().getVariable(review.getId(), "ineligibilityReasons");
    }
}
