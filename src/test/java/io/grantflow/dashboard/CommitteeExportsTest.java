package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The committee's exports hold the ranking's figures and the reviews' words, in CSV and in Excel alike. */
class CommitteeExportsTest extends CallScenario {

    /** The columns of a First Step call, whose criteria are the programme's: quality, feasibility, collaboration. */
    static final List<String> HEADERS = List.of("rank", "application_id", "title", "requested_eur", "reviews",
            "mean_quality", "mean_feasibility", "mean_collaboration", "weighted_mean", "calibrated_mean", "proposed_for_funding", "fundable",
            "review", "quality", "feasibility", "collaboration", "comment_for_applicant", "comment_for_committee", "consensus_report",
            "applicant_reply");
    static final String AWKWARD = "=HYPERLINK(\"x\"), strong \"team\";\nsecond line, é";

    @Test
    void theRankingExportsHoldTheSameFiguresAsTheRankingApiAndEveryReview() throws Exception {
        String r1 = reviewer("DE", "graphene", "photonics");
        String r2 = reviewer("JP", "graphene", "quantum");
        Call call = callWithPanel(List.of(r1, r2), Map.of(), "15000");
        String best = submitEligible(call, applicant("en"), "Graphene links", List.of("graphene", "photonics", "quantum"), 9000);
        String second = submitEligible(call, applicant("fr"), "Quantum graphene", List.of("graphene", "quantum", "photonics"), 8000);
        closeCall(call);
        for (Task t : reviewTasksOf(best)) {
            review(t, 5, 4, 5, AWKWARD);
        }
        List<Task> secondTasks = reviewTasksOf(second);
        review(secondTasks.get(0), 3, 3, 2, "Fair.");
        review(secondTasks.get(1), 2, 3, 3, "Thin partnership.");
        String manager = manager();

        List<Map<String, Object>> ranking = get("/api/calls/" + call.id() + "/ranking", manager, List.class).getBody();
        ResponseEntity<byte[]> csvResponse = get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, byte[].class);
        ResponseEntity<byte[]> xlsxResponse = get("/api/calls/" + call.id() + "/exports/ranking.xlsx", manager, byte[].class);

        assertThat(csvResponse.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(csvResponse.getHeaders().getContentDisposition().getFilename()).isEqualTo("ranking-" + call.id() + ".csv");
        List<List<String>> csv = CsvTable.parse(csvResponse.getBody());
        List<List<String>> xlsx = sheet(xlsxResponse.getBody());
        assertThat(csv.get(0)).isEqualTo(HEADERS);
        assertThat(xlsx.get(0)).isEqualTo(HEADERS);
        assertThat(csv).hasSize(5).as("a header and one line per review");
        assertThat(xlsx).hasSize(5);

        for (int line = 1; line < 5; line++) {
            Map<String, Object> ranked = ranking.get((line - 1) / 2);
            List<String> c = csv.get(line);
            List<String> x = xlsx.get(line);
            assertThat(c.get(1)).isEqualTo(ranked.get("applicationId")).isEqualTo(x.get(1));
            assertThat(Integer.parseInt(c.get(0))).isEqualTo(ranked.get("rank")).isEqualTo((int) Double.parseDouble(x.get(0)));
            assertThat(Double.parseDouble(c.get(8))).isEqualTo(((Number) ranked.get("mean")).doubleValue())
                    .isEqualTo(Double.parseDouble(x.get(8)));
            assertThat(Double.parseDouble(c.get(5))).isEqualTo(criterionMean(ranked, 0))
                    .isEqualTo(Double.parseDouble(x.get(5)));
            assertThat(new BigDecimal(c.get(3))).isEqualByComparingTo(new BigDecimal(ranked.get("budgetEur").toString()))
                    .isEqualByComparingTo(new BigDecimal(x.get(3)));
            assertThat(Boolean.parseBoolean(c.get(10))).isEqualTo(ranked.get("proposedForFunding"))
                    .isEqualTo(Boolean.parseBoolean(x.get(10)));
            for (int col = 13; col <= 15; col++) {
                assertThat(Integer.parseInt(c.get(col))).isEqualTo((int) Double.parseDouble(x.get(col)));
            }
            assertThat(x.get(17)).isEqualTo(c.get(17)).isEqualTo("for the committee only");
        }
        assertThat(csv.get(1).get(1)).isEqualTo(best);
        assertThat(csv.get(1).subList(13, 16)).containsExactly("5", "4", "5");
        assertThat(csv.get(1).get(16)).as("a formula is defused, quotes and line breaks survive").isEqualTo("'" + AWKWARD);
        assertThat(xlsx.get(1).get(16)).as("a spreadsheet cell holds text, never a formula").isEqualTo(AWKWARD);
        assertThat(csv.subList(3, 5)).extracting(l -> l.get(16)).containsExactlyInAnyOrder("Fair.", "Thin partnership.");
    }

    @Test
    void theRankingExportsSetTheCalibratedMeanBesideTheRawOne() {
        // three reviewers in a ring, each application shared by two of them; "lenient" gives 5 where the others give 3
        String lenient = reviewer("DE", "graphene", "photonics");
        String second = reviewer("JP", "graphene", "quantum");
        String third = reviewer("US", "graphene", "photonics");
        Call call = callWithPanel(List.of(lenient, second, third), Map.of(), "30000");
        String a1 = submitEligible(call, applicant("en"), "Graphene one", List.of("graphene", "photonics", "quantum"), 9000);
        String a2 = submitEligible(call, applicant("en"), "Graphene two", List.of("graphene", "photonics", "quantum"), 9000);
        String a3 = submitEligible(call, applicant("en"), "Graphene three", List.of("graphene", "photonics", "quantum"), 9000);
        String manager = manager();
        pinReviewers(call, Map.of(a1, List.of(lenient, second), a2, List.of(second, third), a3, List.of(third, lenient)), manager);
        closeCall(call);
        for (String a : List.of(a1, a2, a3)) {
            for (Task t : reviewTasksOf(a)) {
                long score = t.getAssignee().equals(lenient) ? 5 : 3;
                review(t, score, score, score, "Scored " + score);
            }
        }

        List<List<String>> csv = CsvTable.parse(get("/api/calls/" + call.id() + "/exports/ranking.csv", manager, byte[].class).getBody());

        // least squares with the prior worth 3 reviews: leniency 4/9 for "lenient", -2/9 for the others
        int weighted = HEADERS.indexOf("weighted_mean");
        Map<String, List<String>> meansOf = new java.util.HashMap<>();
        csv.subList(1, csv.size()).forEach(line -> meansOf.put(line.get(1), line.subList(weighted, weighted + 2)));
        assertThat(csv).hasSize(7);
        assertThat(meansOf.get(a1)).containsExactly("4.0", "3.89");
        assertThat(meansOf.get(a2)).containsExactly("3.0", "3.22");
        assertThat(meansOf.get(a3)).containsExactly("4.0", "3.89");
    }

    @Test
    void theDecisionsExportListsTheCommitteesChoice() {
        String r1 = reviewer("DE", "coral", "acoustics");
        String r2 = reviewer("JP", "coral", "oceanography");
        Call call = callWithPanel(List.of(r1, r2), Map.of(), "10000");
        String funded = submitEligible(call, applicant("en"), "Reef sounds", List.of("coral", "acoustics", "oceanography"), 9000);
        String notFunded = submitEligible(call, applicant("en"), "Reef maps", List.of("coral", "oceanography", "acoustics"), 6000);
        var callProcess = closeCall(call);
        reviewTasksOf(funded).forEach(t -> review(t, 5, 5, 4, "Good."));
        reviewTasksOf(notFunded).forEach(t -> review(t, 3, 2, 3, "Weak."));
        String manager = manager();
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(funded))));

        List<List<String>> csv = CsvTable.parse(get("/api/calls/" + call.id() + "/exports/decisions.csv", manager, byte[].class).getBody());

        assertThat(csv.get(0)).isEqualTo(CommitteeExports.DECISION_HEADERS);
        assertThat(csv).hasSize(3);
        assertThat(csv.get(1).subList(0, 6)).containsExactly("1", funded, "Reef sounds", csv.get(1).get(3), "true", "9000.00");
        assertThat(csv.get(2).subList(0, 6)).containsExactly("2", notFunded, "Reef maps", csv.get(2).get(3), "false", "0.00");
        assertThat(csv.get(1).get(7)).isEqualTo(manager);
        assertThat(new BigDecimal(get("/api/calls/" + call.id() + "/dashboard", manager, Map.class).getBody().get("awardedEur").toString()))
                .isEqualByComparingTo("9000");
    }

    @Test
    void anUnknownCallHasNoExport() {
        assertThat(get("/api/calls/no-such-call/exports/ranking.xlsx", manager(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @SuppressWarnings("unchecked")
    static double criterionMean(Map<String, Object> ranked, int position) {
        return ((Number) ((List<Map<String, Object>>) ranked.get("criteria")).get(position).get("mean")).doubleValue();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        return XlsxTable.parse(xlsx);
    }
}
