package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reviewers whose publication lists (uploaded by a manager through the API) name the applicant: a work within the
 * call's co-authorship window keeps the reviewer off and the preview says which; an older one does not; an author
 * named by an initial waits for a manager; an ORCID iD matches whatever the name.
 */
class CoAuthorshipConflictTest extends CallScenario {

    static final String APPLICANT_ORCID = "0000-0002-1825-0097";

    /** An applicant, Wei Chen, who gives his ORCID iD, and a panel with the co-authors and two others. */
    record Scenario(String manager, String applicant, Call call, String app, String recent, String old, String initial,
                    String byOrcid, List<String> others, int year) {
    }

    Scenario scenario(Map<String, Object> rules) {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(Call.FUNDER_ZONE).getYear();
        String manager = manager();
        String recent = reviewerNamed("Marie", "Dubois", "FR", "graphene", "photonics", "quantum");
        String old = reviewerNamed("Lucía", "García", "ES", "graphene", "photonics", "quantum");
        String initial = reviewerNamed("Pierre", "François", "BE", "graphene", "photonics", "quantum");
        String byOrcid = reviewerNamed("Tomás", "Herrera", "CL", "graphene", "photonics", "quantum");
        List<String> others = List.of(reviewer("US", "photonics"), reviewer("BR", "photonics"));
        upload(manager, recent, "dubois.bib", """
                @article{dubois,
                  author = {Dubois, Marie and Chen, Wei and M{\\"u}ller, J.},
                  title = {Solvent effects on proton transfer},
                  year = %d
                }
                """.formatted(year - 1));
        upload(manager, old, "garcia.bib", """
                @article{garcia,
                  author = {Garc{\\'\\i}a, Luc{\\'\\i}a and Chen, Wei},
                  title = {Fast sampling with adaptive restraints},
                  year = %d
                }
                """.formatted(year - 6));
        upload(manager, initial, "francois.ris", """
                TY  - JOUR
                AU  - François, Pierre
                AU  - Chen, W.
                TI  - Water networks and protein folding
                PY  - %d
                ER  -
                """.formatted(year));
        upload(manager, byOrcid, "herrera.json", """
                {"results": [{"title": "Coastal upwelling and anchovy recruitment", "publication_year": %d,
                  "doi": "https://doi.org/10.1038/s41586-024-07000-1",
                  "authorships": [{"author": {"display_name": "W. C. Chen-Li", "orcid": "https://orcid.org/%s"}},
                                  {"author": {"display_name": "Tomás Herrera", "orcid": null}}]}]}
                """.formatted(year - 2, APPLICANT_ORCID));
        List<String> panel = new java.util.ArrayList<>(List.of(recent, old, initial, byOrcid));
        panel.addAll(others);
        Call call = callWithPanel(panel, rules, "50000");
        String applicant = applicant("en");
        User user = identity.createUserQuery().userId(applicant).singleResult();
        user.setFirstName("Wei");
        user.setLastName("Chen");
        identity.saveUser(user);
        Map<String, Object> application = eligibleApplication();
        application.put("applicantOrcid", "https://orcid.org/" + APPLICANT_ORCID);
        ResponseEntity<Map> submitted = submit(call.id(), applicant, application, pdf(), null);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return new Scenario(manager, applicant, call, (String) submitted.getBody().get("id"), recent, old, initial, byOrcid, others, year);
    }

    @Test
    void aCoAuthorWithinTheWindowIsNeverAssignedAndThePreviewSaysWhyWhileAnOlderOneIsAssignable() {
        Scenario s = scenario(Map.of("reviewersPerApplication", 3));
        String page = "/portal/dashboard/calls/" + s.call().id() + "/assignment";
        PortalSession session = PortalSession.logIn(port, s.manager());

        String html = text(session.getPage(page));

        assertThat(html).contains("co-authored 'Solvent effects on proton transfer', " + (s.year() - 1) + " (with Wei Chen)",
                "co-authored 'Coastal upwelling and anchovy recruitment', " + (s.year() - 2) + " (with Wei Chen)",
                "an author of a recent work may be a person of the application");
        assertThat(html).doesNotContain("Fast sampling with adaptive restraints");
        assertThat(conflictRules(html, s.recent())).containsExactly("coauthored");
        assertThat(conflictRules(html, s.byOrcid())).as("matched by the ORCID iD, whatever the name").containsExactly("coauthored");
        assertThat(conflictRules(html, s.old())).as("published together 6 years ago: outside the window of 3").isEmpty();
        String french = text(PortalSession.logIn(port, user("manager", "fr", io.grantflow.identity.Groups.MANAGERS)).getPage(page));
        assertThat(french).as("no-break spaces keep the guillemets with the title")
                .contains("a co-écrit «\u00a0Solvent effects on proton transfer\u00a0», " + (s.year() - 1) + " (avec Wei Chen)");

        closeCall(s.call());

        assertThat(reviewersOf(s.app())).doesNotContain(s.recent(), s.byOrcid(), s.initial()).contains(s.old()).hasSize(3);
    }

    @Test
    void aLongerWindowReachesTheOlderWork() {
        Scenario s = scenario(Map.of("coAuthorshipYears", 6, "reviewersPerApplication", 2));

        closeCall(s.call());

        assertThat(reviewersOf(s.app())).containsExactlyInAnyOrderElementsOf(s.others());
    }

    @Test
    void anInitialOnlyMatchIsOnTheDoubtfulListAndSamePersonKeepsTheReviewerOff() {
        Scenario s = scenario(Map.of("reviewersPerApplication", 3));

        List<Map<String, Object>> listed = doubtful(s);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("reviewerId", s.initial()).containsEntry("excludedName", "Chen, W.")
                .containsEntry("work", "Water networks and protein folding").containsEntry("year", s.year())
                .containsEntry("person", "Wei Chen").containsEntry("applicationId", s.app());
        String dashboard = text(PortalSession.logIn(port, s.manager()).getPage("/portal/dashboard/calls/" + s.call().id()));
        assertThat(dashboard).contains("Chen, W., co-author of 'Water networks and protein folding', " + s.year() + ": is it Wei Chen?");

        ResponseEntity<Map> answered = sendJson(HttpMethod.POST, "/api/calls/" + s.call().id() + "/doubtful-exclusions/" + listed.get(0).get("id"),
                s.manager(), json(Map.of("answer", "SAME_PERSON")), Map.class);
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(doubtful(s).get(0)).containsEntry("samePerson", true);

        closeCall(s.call());
        assertThat(reviewersOf(s.app())).doesNotContain(s.initial(), s.recent(), s.byOrcid());
    }

    @Test
    void theUploadKeepsTheAuthorsAndBadFilesAndIdsAreRefusedPlainly() {
        String manager = manager();
        String reviewer = reviewer("FR", "graphene");
        upload(manager, reviewer, "x.bib", "@article{a, author = {Chen, Wei and Doe, J.}, title = {One}, year = 2024, doi = {10.1/ABC}}");

        ResponseEntity<List> read = get("/api/reviewers/" + reviewer + "/publications", manager, List.class);
        assertThat(read.getBody()).containsExactly(Map.of("year", 2024, "title", "One", "doi", "10.1/abc",
                "authors", List.of(Map.of("name", "Chen, Wei"), Map.of("name", "Doe, J."))));
        assertThat(count("SELECT COUNT(*) FROM reviewer_publication WHERE user_id = ? AND authors IS NOT NULL", reviewer)).isEqualTo(1);

        ResponseEntity<Map> broken = uploadRaw(manager, reviewer, "x.bib", "@article{a, title = {Unclosed");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody().toString()).contains("file");
        assertThat(get("/api/reviewers/" + reviewer + "/publications", manager, List.class).getBody()).as("kept as it was").hasSize(1);

        ResponseEntity<Map> wrongId = sendJson(HttpMethod.POST, "/api/reviewers/" + reviewer + "/publications/orcid", manager,
                json(Map.of("orcidId", "0000-0002-1825-0098")), Map.class);
        assertThat(wrongId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongId.getBody().toString()).contains("orcidId", "is not an ORCID iD");
        ResponseEntity<Map> offline = sendJson(HttpMethod.POST, "/api/reviewers/" + reviewer + "/publications/orcid", manager,
                json(Map.of("orcidId", APPLICANT_ORCID)), Map.class);
        assertThat(offline.getStatusCode()).as("the tests' ORCID does not answer").isEqualTo(HttpStatus.BAD_GATEWAY);

        Map<String, Object> application = eligibleApplication();
        application.put("applicantOrcid", "0000-0002-1825-0098");
        ResponseEntity<Map> refused = submit(openFirstStepCall().id(), applicant("en"), application, pdf(), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("applicantOrcid", "is not an ORCID iD");
    }

    @Test
    void theApplicantsOwnListCatchesAReviewerWhoseOrcidListNamesNoAuthors() throws Exception {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(Call.FUNDER_ZONE).getYear();
        String manager = manager();
        String souza = reviewerNamed("Ana", "Souza", "PT", "graphene", "photonics", "quantum");
        upload(manager, souza, "souza-orcid.json", """
                {"group": [{"work-summary": [{"title": {"title": {"value": "Kelp forests under marine heat waves"}},
                  "publication-date": {"year": {"value": "%d"}},
                  "external-ids": {"external-id": [{"external-id-type": "doi", "external-id-value": "10.5555/KELP.2025"}]}}]}]}
                """.formatted(year - 1));
        List<String> others = List.of(reviewer("US", "photonics"), reviewer("BR", "photonics"));
        List<String> panel = new java.util.ArrayList<>(others);
        panel.add(souza);
        Call call = callWithPanel(panel, Map.of("reviewersPerApplication", 2), "50000");
        String applicant = applicant("en");

        ResponseEntity<Map> broken = submitWithList(call.id(), applicant, "mine.bib", "@article{k, title = {Unclosed");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody().toString()).contains("publications", "cannot be read");
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).as("nothing half-written").isZero();

        ResponseEntity<Map> submitted = submitWithList(call.id(), applicant, "mine.bib", """
                @article{kelp,
                  author = {Oliveira, Rui and Costa, Inês},
                  title = {Kelp forests under marine heat waves},
                  year = %d,
                  doi = {https://doi.org/10.5555/kelp.2025}
                }
                """.formatted(year - 1));
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String app = (String) submitted.getBody().get("id");

        String html = text(PortalSession.logIn(port, manager).getPage("/portal/dashboard/calls/" + call.id() + "/assignment"));
        assertThat(html).contains("co-authored 'Kelp forests under marine heat waves', " + (year - 1));
        assertThat(conflictRules(html, souza)).as("the DOI is on both lists, whatever the names").containsExactly("coauthored");

        Map<String, String> files = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.zipOf(applicant)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("tables/application_publication.json")).contains("Kelp forests under marine heat waves", "10.5555/kelp.2025", "Oliveira, Rui");

        closeCall(call);

        assertThat(reviewersOf(app)).containsExactlyInAnyOrderElementsOf(others);
    }

    @org.springframework.beans.factory.annotation.Autowired io.grantflow.privacy.PersonalDataExport export;

    private ResponseEntity<Map> submitWithList(String callId, String applicant, String fileName, String list) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("application", new HttpEntity<>(json(eligibleApplication()), jsonHeaders));
        parts.add("proposal", pdfPart(pdf(), "proposal.pdf"));
        parts.add("publications", filePart(list.getBytes(StandardCharsets.UTF_8), fileName, null));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(applicant, applicant);
        return http.exchange("/api/calls/" + callId + "/applications", HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    }

    /** A page's text with the entities Thymeleaf writes read back ('Title' rather than &#39;Title&#39;). */
    static String text(java.net.http.HttpResponse<byte[]> page) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(new String(page.body(), StandardCharsets.UTF_8));
    }

    /** The rules the preview names for a reviewer's conflicts with the application (data-rule of each line). */
    static List<String> conflictRules(String html, String reviewerId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-reviewer=\"" + reviewerId + "\" data-rule=\"([^\"]+)\"").matcher(html);
        List<String> rules = new java.util.ArrayList<>();
        while (m.find()) {
            rules.add(m.group(1));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> doubtful(Scenario s) {
        return get("/api/calls/" + s.call().id() + "/doubtful-exclusions", s.manager(), List.class).getBody();
    }

    private List<String> reviewersOf(String applicationId) {
        return assignments.assignmentsOf(applicationId).stream().map(ReviewAssignment::reviewerId).toList();
    }

    void upload(String manager, String reviewer, String fileName, String content) {
        ResponseEntity<Map> uploaded = uploadRaw(manager, reviewer, fileName, content);
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> uploadRaw(String manager, String reviewer, String fileName, String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", filePart(content.getBytes(StandardCharsets.UTF_8), fileName, null));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(manager, manager);
        // a list answers a good upload, a problem detail a bad one: read either as raw JSON text first
        ResponseEntity<String> raw = http.exchange("/api/reviewers/" + reviewer + "/publications", HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
        Map<?, ?> body;
        try {
            Object parsed = new com.fasterxml.jackson.databind.ObjectMapper().readValue(raw.getBody(), Object.class);
            body = parsed instanceof Map<?, ?> map ? map : Map.of("works", parsed);
        } catch (java.io.IOException e) {
            body = Map.of("text", String.valueOf(raw.getBody()));
        }
        return new ResponseEntity<>((Map) body, raw.getStatusCode());
    }
}
