package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.dashboard.DashboardService;
import io.grantflow.privacy.PersonalDataExport;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft is kept as the applicant types, found again in "My applications", counted nowhere, and submitted once. */
class DraftTest extends IntegrationTest {

    @Autowired DraftService drafts;
    @Autowired DashboardService dashboards;
    @Autowired PersonalDataExport export;

    @Test
    void aDraftTypedInThePortalIsKeptCountedNowhereAndSubmittedOnce() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        PortalSession session = PortalSession.logIn(port, applicant);
        String apply = "/portal/calls/" + call.id() + "/apply";

        HttpResponse<byte[]> autosaved = session.postForm(apply, "/portal/calls/" + call.id() + "/draft",
                Map.of("title", "Kelp forests and their sounds", "keywords", "kelp, acoustics, ecology"));
        assertThat(autosaved.statusCode()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE call_id = ? AND applicant_id = ?", call.id(), applicant)).isEqualTo(1);
        assertThat(text(session.getPage("/portal/applications"))).contains("Kelp forests and their sounds", "Resume", call.title());
        assertThat(text(session.getPage(apply))).contains("value=\"Kelp forests and their sounds\"", "value=\"kelp, acoustics, ecology\"");

        drafts.save(call, applicant, complete(call), new ProposalFile("kelp.pdf", pdf()));
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();
        assertThat(dashboards.ofCall(call.id()).byStatus().values().stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(dashboards.ofCall(call.id()).requestedEur()).isZero();
        assertThat(text(session.getPage(apply + "?step=4"))).contains("id=\"review\"", "kelp.pdf", "id=\"submit\"")
                .doesNotContain("error-summary");

        // the review page posts the whole form again, its fields hidden
        HttpResponse<byte[]> first = session.postForm(apply + "?step=4", apply, completeFields("submit"));
        HttpResponse<byte[]> second = session.postForm(apply + "?step=4", apply, completeFields("submit"));
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/applications?submitted"));
        assertThat(second.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/applications?submitted"));
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ? AND applicant_id = ? AND process_instance_id IS NOT NULL",
                call.id(), applicant)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_document d JOIN application a ON a.id = d.application_id"
                + " WHERE a.call_id = ? AND d.file_name = 'kelp.pdf'", call.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE call_id = ?", call.id())).isZero();
        assertThat(text(session.getPage("/portal/applications"))).doesNotContain("id=\"drafts\"").contains("Graphene photonics for quantum links");
    }

    @Test
    void theReviewNamesWhatIsMissingAndSubmitsNothing() {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");
        PortalSession session = PortalSession.logIn(port, applicant);
        String apply = "/portal/calls/" + call.id() + "/apply";
        session.postForm(apply, "/portal/calls/" + call.id() + "/draft", Map.of("title", "Deux mots-clés seulement", "keywords", "un, deux"));

        String review = text(session.getPage(apply + "?step=4"));
        assertThat(review).contains("id=\"error-summary\"", "href=\"#keywords\"", "href=\"#proposal\"", "un fichier PDF est obligatoire",
                "aria-invalid=\"true\"", "aria-describedby=\"keywords-error\"", "Votre candidature ne peut pas encore être envoyée");
        HttpResponse<byte[]> submitted = session.postForm(apply, apply, Map.of("action", "submit", "step", "4"));
        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(text(submitted)).contains("id=\"error-summary\"");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
        assertThat(count("SELECT COUNT(*) FROM application_draft WHERE applicant_id = ?", applicant)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAndTheKeptOneStays() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        drafts.save(call, applicant, complete(call), new ProposalFile("kelp.pdf", pdf()));

        assertThatThrownBy(() -> drafts.save(call, applicant, complete(call), new ProposalFile("notes.pdf", "plain text".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("proposal");
        assertThat(drafts.find(call.id(), applicant).orElseThrow().proposalName()).isEqualTo("kelp.pdf");
    }

    @Test
    void anIrpDraftTakesThreePartnerTeamsAndTheApplicationKeepsThem() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("IRP", "IRP drafts " + System.nanoTime(), now.minusDays(1), now.plusDays(2),
                new BigDecimal("500000"), Map.of()), "test");
        String applicant = applicant("en");
        List<Partner> three = List.of(new Partner("University of Tokyo", "JP", "Ken Sato", "ken@partner.example"),
                new Partner("TU Berlin", "DE", "Anna Weber", "anna@partner.example"),
                new Partner("Universidade de São Paulo", "BR", "Lia Costa", "lia@partner.example"));
        PortalForm form = new PortalForm("Hydrophones of three oceans", "A network of hydrophones shared by four laboratories.",
                "oceanography, acoustics, climate", new BigDecimal("75000"), 60, null, "UMR5800", three, "", true,
                "Two joint papers.", List.of(new BigDecimal("15000"), new BigDecimal("15000"), new BigDecimal("15000"),
                new BigDecimal("15000"), new BigDecimal("15000")), "");
        drafts.save(call, applicant, form.withPartnerAdded(calls.programmeOf(call)), new ProposalFile("ocean.pdf", pdf()));
        assertThat(drafts.find(call.id(), applicant).orElseThrow().form().partners()).as("the empty row added is not kept").hasSize(3);

        String id = drafts.submit(call, applicant).application().id();
        assertThat(count("SELECT COUNT(*) FROM application_partner WHERE application_id = ?", id)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT country FROM application_partner WHERE application_id = ? ORDER BY position").params(id)
                .query(String.class).list()).containsExactly("JP", "DE", "BR");
    }

    @Test
    void aBrokenPublicationListIsRefusedByNameAndTheDraftKeepsItsFormProposalAndEarlierList() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        drafts.save(call, applicant, complete(call), new ProposalFile("kelp.pdf", pdf()),
                new ProposalFile("mine.bib", "@article{a, author = {Chen, Wei}, title = {Kelp}, year = 2024, doi = {10.1/KELP}}".getBytes(StandardCharsets.UTF_8)));

        PortalForm retyped = complete(call, "Kelp forests under heat waves");
        assertThatThrownBy(() -> drafts.save(call, applicant, retyped, null,
                new ProposalFile("broken.bib", "@article{a, title = {Unclosed".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("publications");

        Draft kept = drafts.find(call.id(), applicant).orElseThrow();
        assertThat(kept.form().title()).isEqualTo("Kelp forests under heat waves");
        assertThat(kept.proposalName()).isEqualTo("kelp.pdf");
        assertThat(kept.publicationsName()).isEqualTo("mine.bib");

        drafts.submit(call, applicant);
        String applicationId = jdbc.sql("SELECT id FROM application WHERE applicant_id = ?").param(applicant).query(String.class).single();
        assertThat(jdbc.sql("SELECT doi FROM application_publication WHERE application_id = ?").param(applicationId).query(String.class).list())
                .containsExactly("10.1/kelp");
    }

    @Test
    void aPortalPageNamesTheBrokenListInItsLanguage() {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");
        PortalSession session = PortalSession.logIn(port, applicant);
        session.getPage("/portal/calls/" + call.id() + "/apply");
        String boundary = "----list";
        StringBuilder body = new StringBuilder();
        Map.of("action", "save", "step", "2", "title", "Forêts de laminaires").forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"publications\"; filename=\"broken.ris\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\nTY  - JOUR\nTI  - Sans fin\n\r\n--").append(boundary).append("--\r\n");
        HttpResponse<byte[]> page = session.postMultipart("/portal/calls/" + call.id() + "/apply", boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));

        String html = text(page);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(html).contains("id=\"error-summary\"", "href=\"#publications\"", "ne peut pas être lu", "aria-invalid=\"true\"",
                "ligne 1", "enregistrement n&#39;est pas fermé par");
        assertThat(html).as("the reader's words in French too").doesNotContain("line 1", "the record is not closed");
        assertThat(drafts.find(call.id(), applicant).orElseThrow().form().title()).isEqualTo("Forêts de laminaires");
    }

    @Test
    void aPersonsDataDownloadHoldsTheDraft() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        drafts.save(call, applicant, complete(call), null);

        Map<String, String> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.zipOf(applicant)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("tables/application_draft.json")).contains("Graphene photonics for quantum links", call.id());
    }

    static PortalForm complete(Call call) {
        return complete(call, "Graphene photonics for quantum links");
    }

    static PortalForm complete(Call call, String title) {
        return new PortalForm(title, "We will build quantum links with graphene photonic circuits.",
                "graphene, photonics, quantum", new BigDecimal("9500"), 12, LocalDate.of(2021, 6, 30), "UMR1001",
                List.of(new Partner("University of Tokyo", "JP", "Ken Sato", "ken.sato@u-tokyo.example")), "", false, "", List.of(), "");
    }

    static Map<String, String> completeFields(String action) {
        return Map.ofEntries(Map.entry("action", action), Map.entry("step", "4"),
                Map.entry("title", "Graphene photonics for quantum links"),
                Map.entry("abstractText", "We will build quantum links with graphene photonic circuits."),
                Map.entry("keywords", "graphene, photonics, quantum"), Map.entry("budgetEur", "9500"), Map.entry("durationMonths", "12"),
                Map.entry("phdDate", "2021-06-30"), Map.entry("unitCode", "UMR1001"),
                Map.entry("partners[0].institution", "University of Tokyo"), Map.entry("partners[0].country", "JP"),
                Map.entry("partners[0].leadName", "Ken Sato"), Map.entry("partners[0].email", "ken.sato@u-tokyo.example"));
    }

    private static String text(HttpResponse<byte[]> page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
