package io.grantflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** An applicant downloads everything held about him or her: the account, the application's rows and its PDF, nobody else's. */
class PersonalDataExportTest extends IntegrationTest {

    @Test
    void anApplicantDownloadsHisDataWithHisProposalAndNothingOfOthers() throws IOException {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");
        String other = applicant("en");
        String mine = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
        String theirs = (String) submit(call.id(), other, eligibleApplication(), pdf(), null).getBody().get("id");

        PortalSession session = PortalSession.logIn(port, applicant);
        assertThat(new String(session.getPage("/portal/account").body(), StandardCharsets.UTF_8))
                .contains("Télécharger mes données", "/portal/account/data.zip");
        HttpResponse<byte[]> download = session.get("/portal/account/data.zip");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".zip");
        Map<String, byte[]> files = unzip(download.body());

        assertThat(text(files, "account.json")).contains(applicant + "@test.grantflow.example", "\"language\" : \"fr\"");
        assertThat(text(files, "tables/application.json")).contains(mine).doesNotContain(theirs);
        assertThat(text(files, "tables/application_partner.json")).contains("University of Tokyo");
        assertThat(text(files, "tables/notification.json")).contains(mine);
        assertThat(text(files, "tables/application_document.json")).contains("sha256").doesNotContain("\"content\"");
        assertThat(files.keySet()).anyMatch(name -> name.startsWith("documents/" + mine + "/application_document-"));
        assertThat(files.entrySet().stream().filter(e -> e.getKey().startsWith("documents/")).findFirst().orElseThrow().getValue())
                .isEqualTo(jdbc.sql("SELECT content FROM application_document WHERE application_id = ?").param(mine)
                        .query(byte[].class).single());
        assertThat(files.keySet()).noneMatch(name -> name.contains(theirs));
        assertThat(files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))).noneMatch(t -> t.contains(other));

        HttpResponse<byte[]> anonymous = PortalSession.anonymous(port).get("/portal/account/data.zip");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
