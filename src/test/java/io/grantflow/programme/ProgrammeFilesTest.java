package io.grantflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Programmes are read from their folders at start: a broken folder in a funder's directory is refused with the file
 * and the fault, and every other programme runs; unchanged files add no version.
 */
class ProgrammeFilesTest extends IntegrationTest {

    @TempDir Path funderDirectory;
    @Autowired RepositoryService repository;
    @Autowired Programmes running;

    @AfterEach
    void removeTheTinyProgramme() {
        repository.createDeploymentQuery().deploymentName("grantflow-tiny").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aBrokenProgrammeIsRefusedNamingItsFileAndFaultAndTheOthersRun() throws IOException {
        programme("tiny", settings("TINY", "tiny-application", ""), process("tiny-application"));
        programme("typo", settings("TYPO", "typo-application", "setings: {}\n"), process("typo-application"));
        programme("low-default", settings("LOW", "low-application", """
                settings:
                  reviewDays: {type: integer, default: 0, min: 1, label: {en: Days to review}}
                """), process("low-application"));
        programme("no-process", settings("NOPROC", "missing-application", ""), process("other-application"));
        programme("bad-bpmn", settings("BADBPMN", "bad-application", ""), "<definitions><process id=");
        programme("bad-levels", settings("BADLEVELS", "badlevels-application", """
                criteria:
                  - id: quality
                    name: {en: Quality}
                    weight: 1
                    levels: five
                """), process("badlevels-application"));
        programme("same-id", settings("FIRST_STEP", "same-application", ""), process("same-application"));
        programme("no-form", settings("NOFORM", "noform-application", ""), process("noform-application")
                .replace("<bpmn:endEvent id=\"End\" />", "<bpmn:userTask id=\"Task\" camunda:formRef=\"nowhere\" "
                        + "camunda:formRefBinding=\"deployment\" /><bpmn:endEvent id=\"End\" />"));
        programme("no-retention", settings("NORET", "noret-application", "retentionYears: null\n"), process("noret-application"));
        programme("half-retention", settings("HALFRET", "halfret-application", "retentionYears: 2.5\n"), process("halfret-application"));
        programme("text-retention", settings("TEXTRET", "textret-application", "retentionYears: '10'\n"), process("textret-application"));
        programme("short-retention", settings("SHORTRET", "shortret-application", "retentionYears: 1\n"),
                process("shortret-application").replace("camunda:historyTimeToLive=\"1\"", "camunda:historyTimeToLive=\"3650\""));
        long firstStepVersions = versions("first-step-application");

        Programmes programmes = new Programmes(repository, funderDirectory.toString());

        assertThat(programmes.ids()).contains("FIRST_STEP", "IRP", "PRIZE", "TINY")
                .doesNotContain("TYPO", "LOW", "NOPROC", "BADBPMN", "NOFORM", "BADLEVELS", "NORET", "HALFRET", "TEXTRET", "SHORTRET");
        assertThat(programmes.refused()).extracting(RefusedProgramme::folder, RefusedProgramme::file)
                .containsExactlyInAnyOrder(
                        tuple("bad-bpmn", "bpmn/bad-bpmn/process.bpmn"),
                        tuple("bad-levels", "bpmn/bad-levels/programme.yaml"),
                        tuple("no-retention", "bpmn/no-retention/programme.yaml"),
                        tuple("half-retention", "bpmn/half-retention/programme.yaml"),
                        tuple("text-retention", "bpmn/text-retention/programme.yaml"),
                        tuple("short-retention", "bpmn/short-retention/process.bpmn"),
                        tuple("low-default", "bpmn/low-default/programme.yaml"),
                        tuple("no-form", "bpmn/no-form/programme.yaml"),
                        tuple("no-process", "bpmn/no-process/programme.yaml"),
                        tuple("same-id", "bpmn/same-id/programme.yaml"),
                        tuple("typo", "bpmn/typo/programme.yaml"));
        assertThat(fault(programmes, "typo")).contains("unknown key 'setings' at line");
        assertThat(fault(programmes, "low-default")).contains("setting reviewDays: the default 0 must be at least 1");
        assertThat(fault(programmes, "no-process")).contains("applicationProcess 'missing-application' is not a process of bpmn/no-process/");
        assertThat(fault(programmes, "bad-bpmn")).contains("is not a valid BPMN file");
        assertThat(fault(programmes, "bad-levels")).contains("criteria[0].levels has a value of the wrong kind at line")
                .doesNotContain("java.");
        assertThat(fault(programmes, "same-id")).contains("id FIRST_STEP is already the id of the programme in first-step/");
        assertThat(fault(programmes, "no-form")).contains("names the form 'nowhere'");
        assertThat(fault(programmes, "no-retention")).contains("retentionYears is required: a whole number of years from 1 to 100");
        assertThat(fault(programmes, "half-retention")).contains("retentionYears must be a whole number of years", "(not 2.5)");
        assertThat(fault(programmes, "text-retention")).contains("retentionYears must be a whole number of years");
        assertThat(fault(programmes, "short-retention"))
                .contains("process shortret-application: historyTimeToLive 3650 days outlives the programme's retentionYears 1");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tiny-application").count()).isOne();
        assertThat(versions("first-step-application")).as("unchanged files add no version").isEqualTo(firstStepVersions);
    }

    @Test
    void theApiListsTheProgrammesWithTheirSettingsAndShowsManagersWhatWasRefused() {
        ResponseEntity<List> list = get("/api/programmes", applicant("en"), List.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> irp = ((List<Map<String, Object>>) list.getBody()).stream()
                .filter(p -> "IRP".equals(p.get("id"))).findFirst().orElseThrow();
        Map<String, Map<String, Object>> settings = (Map<String, Map<String, Object>>) irp.get("settings");
        assertThat(settings.get("maxYearlyBudgetEur")).containsEntry("type", "AMOUNT").containsEntry("default", 15000);
        assertThat((Map<String, String>) settings.get("midTermYear").get("help")).containsKeys("en", "fr");
        assertThat((List<Map<String, Object>>) irp.get("criteria")).extracting(c -> c.get("id"))
                .containsExactly("quality", "feasibility", "collaboration");
        assertThat(running.find("PRIZE")).hasValueSatisfying(p -> assertThat(p.awardsPrizes()).isTrue());

        assertThat(get("/api/programmes/refused", applicant("en"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/programmes/refused", manager(), List.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String fault(Programmes programmes, String folder) {
        return programmes.refused().stream().filter(r -> r.folder().equals(folder)).findFirst().orElseThrow().fault();
    }

    private long versions(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }

    private void programme(String folder, String settings, String process) throws IOException {
        Path dir = Files.createDirectories(funderDirectory.resolve("bpmn").resolve(folder));
        Files.writeString(dir.resolve("programme.yaml"), settings);
        Files.writeString(dir.resolve("process.bpmn"), process);
    }

    private static String settings(String id, String applicationProcess, String more) {
        String retention = more.contains("retentionYears") ? "" : "retentionYears: 10\n";
        return "id: " + id + "\nname: {en: " + id + "}\nkind: grant\napplicationProcess: " + applicationProcess + "\n"
                + retention + more;
    }

    private static String process(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions" targetNamespace="http://grantflow.io/test">
                  <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:endEvent id="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.replace("KEY", key);
    }
}
