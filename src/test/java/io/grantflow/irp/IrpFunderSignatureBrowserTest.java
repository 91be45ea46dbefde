package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.CoversForms;
import io.grantflow.call.Call;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** A manager reads the agreement from the funder's signature task in Tasklist, ticks "signed" and completes it. */
@RequiresChromium
@CoversForms("irp-funder-signature")
class IrpFunderSignatureBrowserTest extends IrpScenario {

    @Test
    void aManagerSignsForTheFunderInTasklist() throws Exception {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        String applicationId = submitIrp(call, applicant("en"), irpApplication("fsb"));
        fundedByTheCommittee(applicationId);
        sign(lastSigningToken("ken-fsb@partner.example"));
        sign(lastSigningToken("anna-fsb@partner.example"));
        String taskId = taskOf(applicationId, "Task_FunderSigns").getId();

        try (IrpTasklist tasklist = IrpTasklist.logIn(port, manager)) {
            tasklist.open(taskId, "Ocean acoustics network fsb");
            assertThat(tasklist.link("Read the agreement")).endsWith("/portal/applications/" + applicationId + "/agreement");
            tasklist.tick("Field_agreementSigned").complete(tasks, taskId, "tasklist-irp-funder-signature");
        }

        assertThat(projectOf(applicationId)).hasPassed("Task_FunderSigns", "Task_StartProject");
        assertThat(jdbc.sql("SELECT signed_by FROM irp_signature WHERE application_id = ? AND signatory = 'funder'")
                .param(applicationId).query(String.class).single()).isEqualTo("Test manager (" + manager + ")");
    }
}
