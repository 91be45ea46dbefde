package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.dashboard.CsvTable;
import io.grantflow.process.TaskNames;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import io.grantflow.support.RequiresChromium;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.web.util.HtmlUtils;

/**
 * What applicants type is shown as they typed it, never run: markup, Markdown, template expressions and
 * spreadsheet formulas in an application come out literally on the portal, in the receipt, in the reviewer's
 * Tasklist form and task name, and in the committee's exports.
 */
@RequiresChromium
class InertTextTest extends CallScenario {

    static final String TITLE = "=HYPERLINK(\"http://evil.example\",\"x\") <b>x</b><script>alert(1)</script>"
            + " [click](https://evil.example) ![x](https://evil.example/x.png) ${7*7} [[${7*7}]] {{title}} #{x}";
    static final String ABSTRACT = "Markup <b>x</b><script>alert(1)</script>\n"
            + "[click](https://evil.example) ![x](https://evil.example/x.png)\n"
            + "Templates ${7*7} [[${7*7}]] [(${7*7})] {{title}} #{x} *{x} __${7*7}__";
    static final List<String> KEYWORDS = List.of("graphene", "photonics", "quantum",
            "<b>x</b><script>alert(1)</script>", "[click](https://evil.example)", "{{title}} ${7*7}");
    static final String INSTITUTION = "+1+1 <b>Lab</b> [click](https://evil.example)";
    static final String LEAD = "@SUM(A1) [[${7*7}]]";
    /** The title shortened for the task name, its expressions still unevaluated. */
    static final String REVIEW_TASK_NAME = "Review: " + new TaskNames().text(TITLE);
    static final List<String> FORMULA_TITLES = List.of("+1+1 quantum links", "-2+3 photonic links", "@SUM(A1) graphene links");

    @Test
    void applicantTextIsShownLiterallyEverywhere() throws Exception {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"),
                reviewer("FR", "graphene", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String applicant = applicant("en");
        Map<String, Object> application = eligibleApplication();
        application.put("title", TITLE);
        application.put("abstractText", ABSTRACT);
        application.put("keywords", KEYWORDS);
        application.put("partners", List.of(Map.of("institution", INSTITUTION, "country", "JP", "leadName", LEAD,
                "email", "lead@lab.example")));
        var response = submit(call.id(), applicant, application, pdf(), null);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        String app = (String) response.getBody().get("id");
        for (String title : FORMULA_TITLES) {
            submitEligible(call, applicant("en"), title, List.of("graphene", "photonics", "quantum"), 5000);
        }
        assertThat(runJobs()).isEmpty();

        theApplicantsPageShowsItEscaped(applicant, app);
        theReceiptHoldsItLiterally(applicant, call);

        closeCall(call);
        Task declaration = reviewTasksOf(app).get(0);
        assertThat(declaration.getName()).isEqualTo("Declare conflicts: " + new TaskNames().text(TITLE));
        Task task = accept(declaration);
        assertThat(task.getName()).isEqualTo(REVIEW_TASK_NAME);
        assertThat(mailSubjectsTo(task.getAssignee())).contains("Invitation to review \"" + TITLE + "\"");
        theExportsHoldNoFormula(call, app);
        theReviewFormShowsItLiterally(task);
    }

    private void theApplicantsPageShowsItEscaped(String applicant, String app) {
        String page = new String(PortalSession.logIn(port, applicant).get("/portal/applications/" + app).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>" + HtmlUtils.htmlEscape(TITLE) + "</h1>", HtmlUtils.htmlEscape(ABSTRACT),
                HtmlUtils.htmlEscape(String.join(", ", KEYWORDS)), HtmlUtils.htmlEscape(INSTITUTION));
        assertThat(page).doesNotContain("<script>alert", "<b>x</b>", "<b>Lab</b>");
    }

    private void theReceiptHoldsItLiterally(String applicant, Call call) throws Exception {
        MimeMessage receipt = mailsTo(applicant).stream().filter(m -> subject(m).startsWith("We have received")).findFirst().orElseThrow();
        assertThat(receipt.getSubject()).isEqualTo("We have received your application \"" + TITLE + "\"");
        assertThat(receipt.getContentType()).startsWith("text/plain");
        String body = (String) receipt.getContent();
        assertThat(body).contains("Thank you for your application \"" + TITLE + "\"");
        String wording = Arrays.stream(body.replace(call.title(), "").split("\r?\n"))
                .filter(line -> !line.startsWith("We received it on") && !line.contains("http://localhost"))
                .collect(Collectors.joining("\n"));
        assertThat(wording).as("no expression of the title was evaluated").doesNotContain("49");
    }

    private void theExportsHoldNoFormula(Call call, String app) throws Exception {
        String manager = manager();
        List<List<String>> csv = CsvTable.parse(get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, byte[].class).getBody());
        int idColumn = csv.get(0).indexOf("application_id");
        int titleColumn = csv.get(0).indexOf("title");
        Map<String, String> csvTitles = csv.stream().skip(1).collect(Collectors.toMap(r -> r.get(idColumn), r -> r.get(titleColumn), (a, b) -> a));
        assertThat(csvTitles).containsEntry(app, "'" + TITLE);
        assertThat(csvTitles.values()).contains(FORMULA_TITLES.stream().map(t -> "'" + t).toArray(String[]::new));

        byte[] xlsx = get("/api/calls/" + call.id() + "/exports/ranking.xlsx", manager, byte[].class).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Ranking");
            int titles = 0;
            for (Row row : sheet) {
                Cell title = row.getCell(titleColumn);
                if (row.getRowNum() == 0 || title == null) {
                    continue;
                }
                assertThat(title.getCellType()).as("a title is a text cell, never a formula").isEqualTo(CellType.STRING);
                assertThat(title.getCellStyle().getQuotePrefixed()).as("and stays text when edited in Excel").isTrue();
                if (row.getCell(idColumn).getStringCellValue().equals(app)) {
                    assertThat(title.getStringCellValue()).isEqualTo(TITLE);
                }
                titles++;
            }
            assertThat(titles).isGreaterThanOrEqualTo(4);
        }
    }

    private void theReviewFormShowsItLiterally(Task task) {
        ChromeDriver browser = Browser.start();
        try {
            Browser.logInToTasklist(browser, port, task.getAssignee());
            var wait = Browser.waitUpTo(browser, 30);
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/?task=" + task.getId() + "']")));
            assertThat(link.getText()).as("the task name is text, not a template").isEqualTo(REVIEW_TASK_NAME);
            assertThat(link.findElements(By.cssSelector("*"))).isEmpty();

            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[cam-tasklist-form-camunda]")));
            WebElement title = wait.until(d -> form.findElement(By.cssSelector("input[id$='Field_title']")));
            wait.until(d -> TITLE.equals(title.getDomProperty("value")));
            assertThat(title.getDomAttribute("disabled")).isNotNull();
            assertThat(form.findElement(By.cssSelector("textarea[id$='Field_abstractText']")).getDomProperty("value")).isEqualTo(ABSTRACT);
            assertThat(form.findElement(By.cssSelector("input[id$='Field_keywordsText']")).getDomProperty("value"))
                    .isEqualTo(String.join(", ", KEYWORDS));
            assertThat(form.findElement(By.cssSelector("textarea[id$='Field_partnersText']")).getDomProperty("value"))
                    .isEqualTo(INSTITUTION + " (JP), " + LEAD);
            assertThat(form.findElements(By.cssSelector("a[href*='evil.example'], img, script, b"))).as("nothing made from the applicant's text").isEmpty();
            assertThat(form.findElements(By.cssSelector("a[href$='/proposal']"))).as("the server's own link").hasSize(1);
            WebElement header = browser.findElement(By.cssSelector("h2.task"));
            assertThat(header.getText()).isEqualTo(REVIEW_TASK_NAME);
        } finally {
            browser.quit();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
