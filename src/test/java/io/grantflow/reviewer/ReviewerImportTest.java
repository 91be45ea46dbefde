package io.grantflow.reviewer;

import static io.grantflow.reviewer.ReviewerPoolTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reviewers imported from a file: a report line by line, refused lines writing nothing, unreadable files refused whole. */
class ReviewerImportTest extends IntegrationTest {

    static final String HEADER = "user id,first name,last name,email,language,institution,country,expertise,maximum load,profile\r\n";
    private static final String BOUNDARY = "reviewer-import-boundary";

    @Autowired ReviewerService reviewers;

    @Test
    void eachLineIsCreatedUpdatedOrRefusedWithItsLineNumberAndReason() {
        String existing = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(existing, "Old institute", "JP", List.of("old"), null, 2));
        String applicant = applicant("en");
        String fresh = "imp" + System.nanoTime();
        String badMail = "bad" + System.nanoTime();
        String csv = HEADER
                + fresh + ",Ana,Souza,\"" + fresh + "@test.grantflow.example\",fr,\"Universidade, de São Paulo\",br,Soil Science; hydrology,6,\"Rivers\nand rains\"\r\n"
                + existing + ",X,Y,x@y.example,fr,New institute,DE,photonics,7,\r\n"
                + badMail + ",Bo,Li,not-an-email,en,Institute,CN,optics,3,\r\n"
                + "cty" + System.nanoTime() + ",Bo,Li,cty@test.grantflow.example,en,Institute,XX,optics,3,\r\n"
                + "lod" + System.nanoTime() + ",Bo,Li,lod@test.grantflow.example,en,Institute,CN,optics,60,\r\n"
                + fresh + ",Ana,Souza,again@test.grantflow.example,fr,Institute,BR,soil,6,\r\n"
                + "short,Bo,Li\r\n"
                + applicant + ",A,B,c@d.example,en,Institute,FR,optics,3,\r\n";
        HttpResponse<byte[]> answer = upload(PortalSession.logIn(port, manager()), "reviewers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        String page = page(answer);
        assertThat(page).contains("1 created, 1 updated, 6 refused");
        assertThat(refusal(page, 5)).contains(badMail, "Not an email address");
        assertThat(refusal(page, 6)).contains("ISO 3166");
        assertThat(refusal(page, 7)).contains("from 1 to 50");
        assertThat(refusal(page, 8)).contains("already on line 2");
        assertThat(refusal(page, 9)).contains("missing column: ", "email", "profile");
        assertThat(refusal(page, 10)).contains("not in the reviewers group");

        ReviewerProfile created = reviewers.find(fresh).orElseThrow();
        assertThat(created.institution()).isEqualTo("Universidade, de São Paulo");
        assertThat(created.country()).isEqualTo("BR");
        assertThat(created.expertise()).containsExactly("soil science", "hydrology");
        assertThat(created.profile()).isEqualTo("Rivers\nand rains");
        assertThat(identity.createUserQuery().userId(fresh).memberOfGroup(Groups.REVIEWERS).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(fresh).singleResult().getEmail()).isEqualTo(fresh + "@test.grantflow.example");
        ReviewerProfile updated = reviewers.find(existing).orElseThrow();
        assertThat(updated.institution()).isEqualTo("New institute");
        assertThat(updated.maxLoad()).isEqualTo(7);
        assertThat(identity.getUserInfo(existing, "language")).isEqualTo("fr");
        assertThat(identity.createUserQuery().userId(existing).singleResult().getEmail()).isEqualTo(existing + "@test.grantflow.example");
        assertThat(identity.createUserQuery().userId(badMail).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM account_key WHERE user_id = ?", badMail)).isZero();
        assertThat(reviewers.find(applicant)).isEmpty();
    }

    @Test
    void anXlsxFileIsReadFromItsFirstSheetAndTheReportIsInFrench() throws Exception {
        String fresh = "xls" + System.nanoTime();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Évaluateurs");
            String[][] rows = {HEADER.strip().split(","),
                    {fresh, "Zoé", "Martin", fresh + "@test.grantflow.example", "fr", "CNRS", "FR", "chimie;catalyse", "4", "Chimiste"},
                    {"zz" + System.nanoTime(), "Zoé", "Martin", "zz@test.grantflow.example", "fr", "CNRS", "FR", "chimie", "0", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 8) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        PortalSession session = PortalSession.logIn(port, user("manager", "fr", Groups.MANAGERS));
        String page = page(upload(session, "évaluateurs.xlsx", xlsx));
        assertThat(page).contains("1 créés, 0 mis à jour, 1 refusés");
        assertThat(refusal(page, 3)).contains("Nombre maximal d&#39;évaluations par appel", "nombre entier de 1 à 50");
        assertThat(page).doesNotContain("&#39;&#39;");
        assertThat(reviewers.find(fresh).orElseThrow().maxLoad()).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotATableIsRefusedWholeAndWritesNothing() {
        PortalSession session = PortalSession.logIn(port, manager());
        String id = "whole" + System.nanoTime();
        String line = id + ",A,B," + id + "@test.grantflow.example,en,Institute,FR,optics,3,\r\n";

        HttpResponse<byte[]> pdf = upload(session, "reviewers.pdf", pdf());
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(page(pdf)).contains("not a CSV or XLSX file");
        HttpResponse<byte[]> broken = upload(session, "reviewers.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(page(broken)).contains("cannot be read");
        HttpResponse<byte[]> latin1 = upload(session, "reviewers.csv", (HEADER + line.replace("Institute", "Université")).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(page(latin1)).contains("not in UTF-8");
        HttpResponse<byte[]> header = upload(session, "reviewers.csv", ("user id,email,country\r\n" + line).getBytes(StandardCharsets.UTF_8));
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(page(header)).contains("lacks these columns: first name, last name, language, institution, expertise, maximum load, profile");
        byte[] huge = (HEADER + line + "x".repeat(ReviewerImport.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> tooLarge = upload(session, "reviewers.csv", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(page(tooLarge)).contains("larger than 1,024 KB");
        HttpResponse<byte[]> empty = upload(session, "reviewers.csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void onlyManagersImportAndTheExampleFileImportsAsItIs() {
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        PortalSession asReviewer = PortalSession.logIn(port, reviewer);
        assertThat(asReviewer.getPage("/portal/reviewers/import").statusCode()).isEqualTo(403);
        assertThat(upload(asReviewer, "r.csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);

        PortalSession session = PortalSession.logIn(port, manager());
        assertThat(page(session.getPage("/portal/reviewers/import"))).contains(HEADER.strip(), "/portal/reviewers/import/example.csv");
        HttpResponse<byte[]> example = session.get("/portal/reviewers/import/example.csv");
        assertThat(example.statusCode()).isEqualTo(200);
        String text = new String(example.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER);
        String unique = text.replace("achen", "ach" + System.nanoTime()).replace("mdupont", "mdu" + System.nanoTime())
                .replace("@example.org", System.nanoTime() + "@test.grantflow.example");
        assertThat(page(upload(session, "example.csv", unique.getBytes(StandardCharsets.UTF_8)))).contains("2 created, 0 updated, 0 refused");
    }

    /** The report's row of that line of the file. */
    private static String refusal(String page, int line) {
        int start = page.indexOf("data-line=\"" + line + "\"");
        assertThat(start).as("refusal of line " + line + " in " + page).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static HttpResponse<byte[]> upload(PortalSession session, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.postMultipart("/portal/reviewers/import", BOUNDARY, body.toByteArray());
    }
}
