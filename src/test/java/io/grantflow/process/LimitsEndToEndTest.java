package io.grantflow.process;

import static io.grantflow.support.TextAtLimit.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.dashboard.CsvTable;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.support.CallScenario;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Every text at its longest, in scripts whose characters take two UTF-16 units or several bytes, goes through a
 * whole First Step call: submission, closing, the assignment of the whole call, reviews, the committee, the
 * decision letters and the exports. Task names derived from the texts are shortened to fit Camunda's columns;
 * letters and exports carry the texts whole.
 */
class LimitsEndToEndTest extends CallScenario {

    /** 300 UTF-16 units: accented Latin, Japanese, Arabic and emoji outside the Basic Multilingual Plane. */
    static final String TITLE = exactly("Étude franco-japonaise: 量子フォトニクスとグラフェン 🌊🔬 ", 300);
    static final String OTHER_TITLE = exactly("دراسة المناخ والمحيطات في البحر الأبيض المتوسط 🌍 ", 300);
    static final String CALL_TITLE = exactly("Appel Premier Pas — 初めの一歩 — الخطوة الأولى 🚀 ", 300);
    static final String ABSTRACT = exactly("Nous étudierons les liens quantiques.\n量子リンクをグラフェンで構築します。\n"
            + "سندرس الروابط الكمومية 🧪\n", 3000);
    static final String COMMENT = exactly("Très convaincant — 非常に説得力がある — مقنع جدا 👍\n", 5000);

    @Test
    void textsAtTheirLimitsGoThroughAWholeCall() throws Exception {
        String manager = manager();
        List<String> keywords = IntStream.range(0, 10).mapToObj(i -> exactly(i + " グラフェン光学 é ", 60)).toList();
        List<String> panel = List.of(reviewerAtLimits("JP", keywords), reviewerAtLimits("DE", keywords),
                reviewerAtLimits("US", keywords));
        Call call = callTitled(CALL_TITLE, panel);
        String funded = applicantAtLimits("en");
        String refused = applicantAtLimits("fr");
        String fundedApp = submitAtLimits(call, funded, TITLE, keywords, 9000, "2021-06-30");
        String refusedApp = submitAtLimits(call, refused, OTHER_TITLE, keywords, 9000, "2021-06-30");
        String senior = applicantAtLimits("en");
        String ineligibleApp = submitAtLimits(call, senior, TITLE, keywords, 9000, "1990-01-01");
        assertThat(runJobs()).isEmpty();
        assertThat(lastMailTo(funded).getSubject()).isEqualTo("We have received your application \"" + TITLE + "\"");
        Task ineligibility = tasks.createTaskQuery().processInstanceBusinessKey(ineligibleApp).singleResult();
        assertThat(ineligibility.getName()).startsWith("Review ineligibility: Étude franco-japonaise").endsWith("…")
                .hasSizeLessThan(255);

        ProcessInstance callProcess = closeCall(call);
        assertThat(failedJobs(callProcess)).isEmpty();
        assertThat(callProcess).isWaitingAt("Call_ReviewRounds");
        List<Task> reviews = reviewTasksOf(fundedApp);
        assertThat(reviews).hasSize(2);
        for (Task task : reviews) {
            assertThat(task.getName()).startsWith("Declare conflicts: Étude franco-japonaise").endsWith("…").hasSizeLessThan(255);
            assertThat(mailSubjectsTo(task.getAssignee())).contains("Invitation to review \"" + TITLE + "\"");
            review(task, 5, 5, 5, COMMENT);
        }
        for (Task task : reviewTasksOf(refusedApp)) {
            review(task, 2, 2, 2, COMMENT);
        }
        runDueJobs();

        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        assertThat(committee.getName()).startsWith("Committee ranking: Appel Premier Pas").endsWith("…").hasSizeLessThan(255);
        theExportsHoldTheTextsWhole(call, manager, fundedApp);
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(fundedApp))));
        runDueJobs();
        assertThat(callProcess).isEnded().hasPassed("Task_SendDecisions");

        MimeMessage award = lastMailTo(funded);
        assertThat(award.getSubject()).contains(TITLE);
        assertThat((String) award.getContent()).contains(TITLE, COMMENT.strip());
        MimeMessage refusal = lastMailTo(refused);
        assertThat(refusal.getSubject()).contains(OTHER_TITLE);
        assertThat((String) refusal.getContent()).contains(OTHER_TITLE, COMMENT.strip());

        List<HistoricTaskInstance> history = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(fundedApp).list();
        assertThat(history).hasSize(4).allSatisfy(t -> assertThat(t.getName()).matches("(Declare conflicts|Review): .*").hasSizeLessThan(255));
    }

    private void theExportsHoldTheTextsWhole(Call call, String manager, String app) throws Exception {
        List<List<String>> csv = CsvTable.parse(get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, byte[].class).getBody());
        int titleColumn = csv.get(0).indexOf("title");
        assertThat(csv).anySatisfy(row -> assertThat(row.get(titleColumn)).isEqualTo(TITLE));
        assertThat(String.join("\n", csv.stream().map(r -> String.join("|", r)).toList())).contains(COMMENT.strip());
        byte[] xlsx = get("/api/calls/" + call.id() + "/exports/ranking.xlsx", manager, byte[].class).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> cells = new ArrayList<>();
            for (Row row : workbook.getSheet("Ranking")) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            assertThat(cells).contains(TITLE);
        }
    }

    private Call callTitled(String title, List<String> panel) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("FIRST_STEP", title, now.minusDays(1), now.plusHours(1),
                new BigDecimal("10000"), Map.of()), "test");
        assignments.setPanel(call.id(), panel);
        return call;
    }

    private String reviewerAtLimits(String country, List<String> expertise) {
        String id = user("reviewer", "en", Groups.REVIEWERS);
        namesAtLimits(id);
        reviewers.save(new ReviewerProfile(id, exactly(id + " Institut für Quantenoptik 量子光学研究所 ", 300), country,
                expertise, String.join(" ", expertise), 4));
        return id;
    }

    private String applicantAtLimits(String language) {
        String id = applicant(language);
        namesAtLimits(id);
        return id;
    }

    /** First and last names of 100 characters, the longest that registration takes. */
    private void namesAtLimits(String id) {
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setFirstName(exactly("Zoë-Éloïse 美咲 ", 100));
        user.setLastName(exactly("Nakamura-Al-Hassan ناكامورا 中村 ", 100));
        identity.saveUser(user);
    }

    private String submitAtLimits(Call call, String applicant, String title, List<String> keywords, int budget, String phdDate) {
        Map<String, Object> application = eligibleApplication();
        application.put("phdDate", phdDate);
        application.put("title", title);
        application.put("abstractText", ABSTRACT);
        application.put("keywords", keywords);
        application.put("budgetEur", budget);
        application.put("partners", IntStream.range(0, 20).mapToObj(i -> Map.of(
                "institution", exactly(i + " 東京大学 Université de Tōkyō جامعة طوكيو ", 300),
                "country", "JP",
                "leadName", exactly(i + " Sato Ken 佐藤健 ساتو ", 200),
                "email", exactly("ken" + i + ".", 240) + "@u-tokyo.ac.jp")).toList());
        application.put("excludedReviewers", IntStream.range(0, 10).mapToObj(i -> exactly(i + " Müller 山田 محمد ", 200)).toList());
        var response = submit(call.id(), applicant, application, pdf(), null);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    /** What went wrong in the jobs of a process instance, with the cause Cockpit would show. */
    private List<String> failedJobs(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).withException().list().stream()
                .map(job -> management.getJobExceptionStacktrace(job.getId()))
                .map(trace -> trace.lines().filter(line -> !line.startsWith("\tat ")).collect(java.util.stream.Collectors.joining("\n")))
                .toList();
    }

    private MimeMessage lastMailTo(String userId) {
        List<MimeMessage> mails = mailsTo(userId);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1);
    }
}
